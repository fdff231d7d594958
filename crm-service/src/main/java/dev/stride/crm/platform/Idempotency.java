package dev.stride.crm.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for creating POSTs, per user: the first request with a key runs and its response is stored
 * in the same transaction; a retry with the same key and the same request gets that response again (with
 * {@code Idempotent-Replayed: true}) and creates nothing. The same key with a different request is a 422; two
 * requests racing with one key end in one creation and a 409 for the other.
 */
@ApplicationScoped
public class Idempotency {

    public static final String HEADER = "Idempotency-Key";
    /** How the key is documented on every creating POST. */
    public static final String KEY_DESCRIPTION = "Optional, and the caller's own (a colleague's same key is another "
            + "key). A retry with the same key and body within 24 hours returns the first response and creates "
            + "nothing; the same key with another body is a 422.";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

    private final ObjectMapper json;
    private final Clock clock;
    private final CurrentTenant tenant;

    Idempotency(ObjectMapper json, Clock clock, CurrentTenant tenant) {
        this.json = json;
        this.clock = clock;
        this.tenant = tenant;
    }

    /** Runs {@code create} unless this key already created something; without a key, simply runs it. */
    @Transactional
    public Response once(String key, String target, Object request, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ProblemException.InvalidField(HEADER, "must be 1 to 255 visible ASCII characters, e.g. a UUID");
        }
        String hash = hash(target, request);
        IdempotentRequest previous = IdempotentRequest.find("key = ?1 and userId = ?2", key, tenant.userId())
                .firstResult();
        if (previous != null) {
            if (!previous.requestHash.equals(hash)) {
                throw new ProblemException.Unprocessable("Idempotency-Key " + key + " was already used for a "
                        + "different request; use a new key for a new request.");
            }
            return replay(previous);
        }
        Response response = create.get();
        remember(key, hash, response);
        return response;
    }

    private void remember(String key, String hash, Response response) {
        IdempotentRequest stored = new IdempotentRequest();
        stored.id = Ids.newId();
        stored.userId = tenant.userId();
        stored.key = key;
        stored.requestHash = hash;
        stored.status = response.getStatus();
        stored.location = response.getLocation() == null ? null : response.getLocation().toString();
        EntityTag etag = response.getEntityTag();
        stored.etag = etag == null ? null : etag.getValue();
        stored.body = write(response.getEntity());
        stored.createdAt = clock.instant();
        try {
            stored.persistAndFlush();
        } catch (PersistenceException race) {
            throw new ProblemException.Conflict("Another request with Idempotency-Key " + key + " is being "
                    + "processed; retry in a moment to get its result.");
        }
    }

    private static Response replay(IdempotentRequest stored) {
        Response.ResponseBuilder response = Response.status(stored.status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(stored.body)
                .header("Idempotent-Replayed", "true");
        if (stored.location != null) {
            response.header(HttpHeaders.LOCATION, stored.location);
        }
        if (stored.etag != null) {
            response.tag(new EntityTag(stored.etag));
        }
        return response.build();
    }

    private String hash(String target, Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(target.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(write(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }
}
