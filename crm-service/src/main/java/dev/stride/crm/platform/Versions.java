package dev.stride.crm.platform;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/**
 * Optimistic concurrency over HTTP: a record's {@code @Version} is its strong ETag ({@code "3"}); an update or delete
 * that sends {@code If-Match} with another version gets 412. Without {@code If-Match} the change is applied to
 * whatever is current (last writer wins), as the API documentation says.
 */
public final class Versions {

    private Versions() {
    }

    /** A representation of a versioned record: its id and its version (the ETag). */
    public interface Versioned {
        UUID id();

        long version();
    }

    /** 200 with the record and its ETag. */
    public static Response ok(Versioned record) {
        return Response.ok(record).tag(etag(record.version())).build();
    }

    /** 201 with the record, its ETag and a {@code Location} under the request's path. */
    public static Response created(UriInfo uri, Versioned record) {
        return Response.created(uri.getAbsolutePathBuilder().path(record.id().toString()).build())
                .tag(etag(record.version())).entity(record).build();
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Throws 412 unless {@code ifMatch} is absent, {@code *}, or lists the current version (weak or strong). */
    public static void requireMatch(String what, String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String expected = "\"" + current + "\"";
        for (String tag : ifMatch.split(",")) {
            // a compressing proxy (the gateway's gzip) marks the tag weak; it still names the same version
            String version = tag.strip().startsWith("W/") ? tag.strip().substring(2) : tag.strip();
            if (version.equals(expected)) {
                return;
            }
        }
        throw new ProblemException.PreconditionFailed(what, ifMatch.strip(), current);
    }
}
