package dev.stride.crm.platform;

import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic concurrency over HTTP: a record's {@code @Version} is its strong ETag ({@code "3"}); an update or delete
 * that sends {@code If-Match} with another version gets 412. Without {@code If-Match} the change is applied to
 * whatever is current (last writer wins), as the API documentation says.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 412 unless {@code ifMatch} is absent, {@code *}, or lists the current version. */
    public static void requireMatch(String what, String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String expected = "\"" + current + "\"";
        for (String tag : ifMatch.split(",")) {
            if (tag.strip().equals(expected)) {
                return;
            }
        }
        throw new ProblemException.PreconditionFailed(what, ifMatch.strip(), current);
    }
}
