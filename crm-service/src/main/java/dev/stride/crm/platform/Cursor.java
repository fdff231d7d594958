package dev.stride.crm.platform;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * A keyset position in a sorted list: the sort it belongs to, the sort value and id of the last item seen. Opaque to
 * clients (base64url); a cursor from another sort or a tampered one is a 400 naming {@code cursor}.
 */
public record Cursor(String sort, String value, UUID id) {

    private static final char SEPARATOR = '\u001f';

    public String encode() {
        String raw = sort + SEPARATOR + value + SEPARATOR + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor given for {@code sort}; null when none was given. */
    public static Cursor decode(String encoded, String sort) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = raw.split(String.valueOf(SEPARATOR), -1);
            if (parts.length == 3 && parts[0].equals(sort)) {
                return new Cursor(parts[0], parts[1], UUID.fromString(parts[2]));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the problem below
        }
        throw invalid();
    }

    /** The sort value typed for the query; a value that does not parse for its sort was tampered with: a 400. */
    Object valueFor(SortKey<?> sort) {
        try {
            return sort.parse(value);
        } catch (RuntimeException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return new ProblemException.InvalidField("cursor",
                "is not a cursor of this list and sort; start again without it");
    }
}
