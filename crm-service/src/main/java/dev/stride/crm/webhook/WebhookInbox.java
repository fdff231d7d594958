package dev.stride.crm.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.crm.platform.Ids;
import dev.stride.crm.platform.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes deliveries in: verifies them as their provider is verified (a signature on the raw body, Basic credentials or
 * the sender's organization), then stores the delivery raw (headers and
 * body) with its dedupe key in one transaction, once; a duplicate changes nothing. A delivery that fails verification
 * only counts on its endpoint. No request tenant exists here, so this is native SQL with the endpoint's tenant as an
 * explicit parameter.
 */
@ApplicationScoped
class WebhookInbox {

    private static final Logger LOG = Logger.getLogger(WebhookInbox.class);
    /** Headers never stored: credentials. */
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "cookie", "proxy-authorization");

    private final EntityManager em;
    private final SecretBox box;
    private final WebhookConfig config;
    private final ObjectMapper json;
    private final WebhookProcessor processor;
    private final Clock clock;

    WebhookInbox(EntityManager em, SecretBox box, WebhookConfig config, ObjectMapper json, WebhookProcessor processor,
            Clock clock) {
        this.em = em;
        this.processor = processor;
        this.box = box;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A delivery as it came: the method, the path with its query as sent, the headers, the raw body, and the client
     * address it came from (as the gateway, a trusted proxy, establishes it).
     */
    record Delivery(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] body,
            String sender) {
    }

    /**
     * A delivery's body as it streams in, read up to {@code stride.webhooks.max-body-bytes}: a larger one is a 413 as
     * soon as its declared length or its first byte too many says so, never buffered whole to find out.
     */
    byte[] body(InputStream in, long declaredLength) {
        int max = config.maxBodyBytes();
        if (declaredLength > max) {
            throw new ProblemException.TooLarge(max);
        }
        try {
            byte[] body = in == null ? new byte[0] : in.readNBytes(max + 1);
            if (body.length > max) {
                throw new ProblemException.TooLarge(max);
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Verifies and stores a delivery; true when it is new, false when it was received before. */
    boolean receive(WebhookProvider provider, UUID endpointId, Delivery delivery) {
        Instant now = clock.instant();
        Endpoint endpoint = QuarkusTransaction.requiringNew().call(() -> endpoint(provider, endpointId));
        if (endpoint == null) {
            throw new ProblemException.Unverified();
        }
        Map<String, String> headers = flatten(delivery.headers());
        // an endpoint with ranges takes deliveries from them alone; a Salesforce one (no signature) never from anywhere
        boolean allowedSender = endpoint.allowedSenders().isEmpty() ? provider != WebhookProvider.SALESFORCE
                : SenderRanges.allows(endpoint.allowedSenders(), delivery.sender());
        String dedupeKey = endpoint.enabled() && allowedSender ? verified(provider, endpoint, delivery, headers, now)
                : null;
        if (dedupeKey == null) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "update webhook_endpoint set rejected = rejected + 1 where id = ?1")
                    .setParameter(1, endpointId).executeUpdate());
            throw new ProblemException.Unverified();
        }
        boolean fresh = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                insert into webhook_delivery (id, tenant_id, endpoint_id, dedupe_key, headers, body, body_bytes,
                                              received_at, status, next_attempt_at)
                values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6, ?8, ?7, 'RECEIVED', ?7)
                on conflict (endpoint_id, dedupe_key) do nothing""")
                .setParameter(1, Ids.newId())
                .setParameter(2, endpoint.tenantId())
                .setParameter(3, endpointId)
                .setParameter(4, provider.path() + ":" + dedupeKey)
                .setParameter(5, write(headers))
                .setParameter(6, delivery.body())
                .setParameter(7, now)
                .setParameter(8, delivery.body().length)
                .executeUpdate() == 1);
        if (fresh) {
            processor.wake();
        }
        return fresh;
    }

    /**
     * The delivery's dedupe key (without the provider) when it verifies: the provider's delivery id where it sends
     * one (Standard Webhooks' {@code webhook-id}, Pipedrive's {@code meta.id}, Salesforce's notification ids), else
     * the body's SHA-256 (HubSpot's batches carry no id of their own); null when it does not verify.
     */
    private String verified(WebhookProvider provider, Endpoint endpoint, Delivery delivery,
            Map<String, String> headers, Instant now) {
        try {
            return verifiedBy(provider, endpoint, delivery, headers, now);
        } catch (SecretBox.Unreadable e) {
            LOG.errorf("A delivery to webhook endpoint %s is refused: %s", endpoint.id(), e.getMessage());
            return null;
        }
    }

    private String verifiedBy(WebhookProvider provider, Endpoint endpoint, Delivery delivery,
            Map<String, String> headers, Instant now) {
        byte[] body = delivery.body();
        return switch (provider) {
            case STANDARD -> StandardWebhooks.verify(endpoint.secrets(box, now), headers.get("webhook-id"),
                    headers.get("webhook-timestamp"), headers.get("webhook-signature"), body, now)
                    ? headers.get("webhook-id") : null;
            case HUBSPOT -> HubSpotSignatures.verify(endpoint.secrets(box, now), endpoint.legacySignatures(),
                    delivery.method(), config.publicBaseUrl() + delivery.pathAndQuery(), headers, body, now)
                    ? sha256(body) : null;
            case PIPEDRIVE -> BasicCredentials.verify(endpoint.basicUsername(), endpoint.secrets(box, now),
                    delivery.headers().entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase("authorization"))
                            .flatMap(h -> h.getValue().stream()).findFirst().orElse(null))
                    ? pipedriveId(body).orElseGet(() -> sha256(body)) : null;
            case SALESFORCE -> SalesforceOutboundMessages.read(body)
                    .filter(message -> SalesforceOutboundMessages.sameOrganization(endpoint.organizationId(),
                            message.organizationId()))
                    .map(message -> message.notificationIds().isEmpty() ? sha256(body)
                            : String.join(",", message.notificationIds()))
                    .orElse(null);
        };
    }

    /** Pipedrive v2's id of the event ({@code meta.id}), if the body is JSON that has one. */
    private Optional<String> pipedriveId(byte[] body) {
        try {
            JsonNode id = json.readTree(body).path("meta").path("id");
            return id.isValueNode() && !id.asText().isBlank() ? Optional.of(id.asText()) : Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private Endpoint endpoint(WebhookProvider provider, UUID endpointId) {
        List<?> rows = em.createNativeQuery("""
                select tenant_id, enabled, secret, previous_secret, previous_valid_until, basic_username,
                       organization_id, legacy_signatures, sealing, array_to_string(allowed_senders, ' ')
                  from webhook_endpoint where id = ?1 and provider = ?2""")
                .setParameter(1, endpointId)
                .setParameter(2, provider.name())
                .getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] row = (Object[]) rows.getFirst();
        Instant previousValidUntil = WebhookEndpoints.instant(row[4]);
        return new Endpoint(endpointId, (String) row[0], (Boolean) row[1], (byte[]) row[2], (byte[]) row[3],
                previousValidUntil, (String) row[5], (String) row[6], (Boolean) row[7], ((Number) row[8]).shortValue(),
                ((String) row[9]).isEmpty() ? List.of() : List.of(((String) row[9]).split(" ")));
    }

    /** Header names lower-cased (HTTP's are case-insensitive), repeated values joined, credentials left out. */
    private static Map<String, String> flatten(Map<String, List<String>> headers) {
        Map<String, String> flat = new TreeMap<>();
        headers.forEach((name, values) -> {
            String key = name.toLowerCase(Locale.ROOT);
            if (!SECRET_HEADERS.contains(key)) {
                flat.merge(key, String.join(", ", values), (a, b) -> a + ", " + b);
            }
        });
        return flat;
    }

    private String write(Map<String, String> headers) {
        try {
            return json.writeValueAsString(headers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Headers cannot be written as JSON", e);
        }
    }

    /** What verifying a delivery needs of its endpoint. */
    private record Endpoint(UUID id, String tenantId, boolean enabled, byte[] secret, byte[] previousSecret,
            Instant previousValidUntil, String basicUsername, String organizationId, boolean legacySignatures,
            short sealing, List<String> allowedSenders) {

        List<String> secrets(SecretBox box, Instant now) {
            List<String> secrets = new ArrayList<>(List.of(box.open(secret, sealing, id, SecretBox.Column.SECRET)));
            if (previousSecret != null && previousValidUntil != null && previousValidUntil.isAfter(now)) {
                secrets.add(box.open(previousSecret, sealing, id, SecretBox.Column.PREVIOUS_SECRET));
            }
            return secrets;
        }
    }
}
