package dev.stride.crm.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.crm.deal.LossReasons;
import dev.stride.crm.lead.LeadSources;
import dev.stride.crm.pipeline.PipelineDirectory;
import dev.stride.crm.platform.Choices;
import dev.stride.crm.platform.CurrencyCode;
import dev.stride.crm.platform.CurrentTenant;
import dev.stride.crm.platform.Ids;
import dev.stride.crm.platform.Problem;
import dev.stride.crm.platform.ProblemException;
import dev.stride.crm.platform.Versions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Admins' webhook endpoints of the caller's tenant: create, list, rotate the secret, edit the mapping, disable,
 * delete.
 */
@ApplicationScoped
class WebhookEndpoints {

    /** Days a delivery's raw headers and body are kept unless the endpoint says otherwise. */
    static final int DEFAULT_RETENTION_DAYS = 30;
    private static final Pattern ORGANIZATION_ID = Pattern.compile("[A-Za-z0-9]{15}|[A-Za-z0-9]{18}");
    private static final List<String> LEAD_STATUSES = List.of("NEW", "CONTACTED", "QUALIFIED", "DISQUALIFIED");
    private static final CurrencyCode.Validator CURRENCIES = new CurrencyCode.Validator();

    private final SecretBox box;
    private final WebhookConfig config;
    private final CurrentTenant tenant;
    private final PipelineDirectory pipelines;
    private final Choices choices;
    private final ObjectMapper json;
    private final Clock clock;

    WebhookEndpoints(SecretBox box, WebhookConfig config, CurrentTenant tenant, PipelineDirectory pipelines,
            Choices choices, ObjectMapper json, Clock clock) {
        this.box = box;
        this.config = config;
        this.tenant = tenant;
        this.pipelines = pipelines;
        this.choices = choices;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A new endpoint. Standard Webhooks gets a new secret and Pipedrive new Basic credentials, shown in this answer
     * only; HubSpot takes the app's client secret and Salesforce the organization id from the request.
     */
    @Transactional
    WebhookEndpointResponse create(WebhookEndpointRequest request) {
        WebhookProvider provider = WebhookProvider.ofPath(request.provider().strip())
                .orElseThrow(() -> new ProblemException.InvalidField("provider", "must be one of "
                        + Arrays.stream(WebhookProvider.values()).map(WebhookProvider::path).toList()
                        + ", not " + request.provider()));
        only(provider, WebhookProvider.HUBSPOT, "secret", request.secret());
        only(provider, WebhookProvider.SALESFORCE, "organizationId", request.organizationId());
        only(provider, WebhookProvider.HUBSPOT, "acceptLegacySignatures", request.acceptLegacySignatures());
        String name = request.name().strip();
        if (WebhookEndpoint.count("name", name) > 0) {
            throw new ProblemException.Conflict("A webhook endpoint named " + name + " exists already; choose another "
                    + "name.");
        }
        Instant now = clock.instant();
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = Ids.newId();
        endpoint.provider = provider;
        endpoint.name = name;
        endpoint.enabled = true;
        endpoint.createdBy = tenant.userId();
        endpoint.createdAt = now;
        endpoint.updatedAt = now;
        endpoint.sealing = SecretBox.BOUND;
        endpoint.allowedSenders = SenderRanges.canonical("allowedSenders", request.allowedSenders());
        endpoint.bodyRetentionDays = request.bodyRetentionDays() != null ? request.bodyRetentionDays()
                : DEFAULT_RETENTION_DAYS;
        String shown = null;
        switch (provider) {
            case STANDARD -> {
                shown = StandardWebhooks.newSecret();
                endpoint.secret = box.seal(shown, endpoint.id, SecretBox.Column.SECRET);
            }
            case HUBSPOT -> {
                endpoint.secret = box.seal(required("secret", request.secret()), endpoint.id,
                        SecretBox.Column.SECRET);
                endpoint.legacySignatures = Boolean.TRUE.equals(request.acceptLegacySignatures());
            }
            case PIPEDRIVE -> {
                shown = BasicCredentials.newPassword();
                endpoint.basicUsername = BasicCredentials.newUsername();
                endpoint.secret = box.seal(shown, endpoint.id, SecretBox.Column.SECRET);
            }
            case SALESFORCE -> {
                String organization = required("organizationId", request.organizationId());
                if (!ORGANIZATION_ID.matcher(organization).matches()) {
                    throw new ProblemException.InvalidField("organizationId", "must be a Salesforce organization id: "
                            + "15 or 18 letters and digits, such as 00D5g000004abcDEAX");
                }
                endpoint.organizationId = organization;
                if (endpoint.allowedSenders.isEmpty()) {
                    throw new ProblemException.InvalidField("allowedSenders", "is required for a Salesforce endpoint: "
                            + "its messages carry no signature, so only Salesforce's own addresses may post to it. "
                            + "List the ranges Salesforce publishes for outbound messages");
                }
            }
        }
        endpoint.persistAndFlush();
        return WebhookEndpointResponse.of(endpoint, shown, now);
    }

    List<WebhookEndpointResponse> list() {
        Instant now = clock.instant();
        return WebhookEndpoint.<WebhookEndpoint>listAll().stream()
                .sorted((a, b) -> a.name.compareTo(b.name))
                .map(endpoint -> WebhookEndpointResponse.of(endpoint, null, now))
                .toList();
    }

    WebhookEndpointResponse get(UUID id) {
        return WebhookEndpointResponse.of(find(id), null, clock.instant());
    }

    /**
     * A new generated secret (Standard Webhooks) or Basic password (Pipedrive), shown in this answer only. The one it
     * replaces stays valid for the rotation grace (24 h), so the sender can switch over without losing a delivery.
     * HubSpot's secret is the app's and is replaced with {@link #replaceSecret}; a Salesforce endpoint has none.
     */
    @Transactional
    WebhookEndpointResponse rotate(UUID id, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch("webhook endpoint", ifMatch, endpoint.version);
        String generated = switch (endpoint.provider) {
            case STANDARD -> StandardWebhooks.newSecret();
            case PIPEDRIVE -> BasicCredentials.newPassword();
            case HUBSPOT -> throw new ProblemException.Conflict("HubSpot signs with your app's client secret: after "
                    + "rotating it in HubSpot, send the new one with PUT /webhooks/endpoints/" + id + "/secret.");
            case SALESFORCE -> throw new ProblemException.Conflict("A Salesforce endpoint has no secret to rotate: "
                    + "Salesforce's messages are checked by their organization id.");
        };
        replace(endpoint, generated);
        return WebhookEndpointResponse.of(endpoint, generated, clock.instant());
    }

    /** HubSpot: the app's new client secret; the previous one stays valid for the rotation grace (24 h). */
    @Transactional
    WebhookEndpointResponse replaceSecret(UUID id, WebhookRotation rotation, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch("webhook endpoint", ifMatch, endpoint.version);
        if (endpoint.provider != WebhookProvider.HUBSPOT) {
            throw new ProblemException.Conflict("Only a HubSpot endpoint takes a secret of yours; "
                    + endpoint.provider.path() + " endpoints rotate theirs with POST /webhooks/endpoints/" + id
                    + "/rotate.");
        }
        replace(endpoint, required("secret", rotation.secret()));
        return WebhookEndpointResponse.of(endpoint, null, clock.instant());
    }

    /** The new secret in {@code secret}, the current one sealed again for {@code previous_secret} (see SecretBox). */
    private void replace(WebhookEndpoint endpoint, String secret) {
        Instant now = clock.instant();
        String current = box.open(endpoint.secret, endpoint.sealing, endpoint.id, SecretBox.Column.SECRET);
        endpoint.previousSecret = box.seal(current, endpoint.id, SecretBox.Column.PREVIOUS_SECRET);
        endpoint.previousValidUntil = now.plus(config.rotationGrace());
        endpoint.secret = box.seal(secret, endpoint.id, SecretBox.Column.SECRET);
        endpoint.sealing = SecretBox.BOUND;
        endpoint.updatedAt = now;
        endpoint.flush();
    }

    /** The endpoint's latest deliveries, newest first. */
    List<WebhookDeliveryResponse> deliveries(UUID id, int limit) {
        WebhookEndpoint endpoint = find(id);
        List<?> rows = WebhookEndpoint.getEntityManager().createNativeQuery("""
                select id, received_at, status, dedupe_key, body_bytes, attempts, reason, processed_at, purged_at
                  from webhook_delivery
                 where tenant_id = ?1 and endpoint_id = ?2 order by received_at desc, id limit ?3""")
                .setParameter(1, endpoint.tenantId)
                .setParameter(2, id)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(row -> (Object[]) row).map(row -> new WebhookDeliveryResponse((UUID) row[0],
                instant(row[1]), (String) row[2], (String) row[3], ((Number) row[4]).intValue(),
                ((Number) row[5]).intValue(), (String) row[6], instant(row[7]), instant(row[8]))).toList();
    }

    /** Hands a failed delivery to the processor again, after its cause was fixed. */
    @Transactional
    void replay(UUID id, UUID deliveryId) {
        WebhookEndpoint endpoint = find(id);
        int replayed = WebhookEndpoint.getEntityManager().createNativeQuery("""
                update webhook_delivery set status = 'RECEIVED', attempts = 0, next_attempt_at = ?4, reason = null,
                       processed_at = null
                 where tenant_id = ?1 and endpoint_id = ?2 and id = ?3 and status = 'FAILED' and body is not null""")
                .setParameter(1, endpoint.tenantId)
                .setParameter(2, id)
                .setParameter(3, deliveryId)
                .setParameter(4, clock.instant())
                .executeUpdate();
        if (replayed == 0) {
            List<?> found = WebhookEndpoint.getEntityManager().createNativeQuery("""
                    select purged_at is not null from webhook_delivery
                     where tenant_id = ?1 and endpoint_id = ?2 and id = ?3""")
                    .setParameter(1, endpoint.tenantId)
                    .setParameter(2, id)
                    .setParameter(3, deliveryId)
                    .getResultList();
            if (found.isEmpty()) {
                throw new ProblemException.NotFound("Webhook delivery", deliveryId);
            }
            throw Boolean.TRUE.equals(found.getFirst())
                    ? new ProblemException.Conflict("This delivery's body was purged after the endpoint's "
                            + endpoint.bodyRetentionDays + " days of retention, so it cannot be applied again; ask "
                            + "the sender to send the change again.")
                    : new ProblemException.Conflict("Only a failed delivery can be replayed; this one is not.");
        }
    }

    /** The endpoint's mapping: the provider's defaults until an admin replaces them. */
    WebhookMapping mapping(UUID id) {
        WebhookEndpoint endpoint = mapped(id);
        Object stored = WebhookEndpoint.getEntityManager().createNativeQuery(
                "select cast(mapping as text) from webhook_endpoint where id = ?1").setParameter(1, id)
                .getSingleResult();
        return WebhookMapping.stored(json, (String) stored, endpoint.provider);
    }

    /**
     * Replaces the endpoint's mapping (null: back to the provider's defaults) after checking every entry against the
     * tenant's pipelines, lead sources and loss reasons. Deliveries processed from now on use it; failed ones are
     * replayed to.
     */
    @Transactional
    WebhookMapping replaceMapping(UUID id, WebhookMapping mapping) {
        WebhookEndpoint endpoint = mapped(id);
        String stored = null;
        if (mapping != null) {
            valid(mapping);
            try {
                stored = json.writeValueAsString(mapping);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        WebhookEndpoint.getEntityManager().createNativeQuery(
                "update webhook_endpoint set mapping = cast(?2 as jsonb), updated_at = ?3 where id = ?1")
                .setParameter(1, id)
                .setParameter(2, stored)
                .setParameter(3, clock.instant())
                .executeUpdate();
        return mapping != null ? mapping : WebhookMapping.defaults(endpoint.provider);
    }

    private static WebhookEndpoint mapped(UUID id) {
        WebhookEndpoint endpoint = find(id);
        if (endpoint.provider == WebhookProvider.STANDARD) {
            throw new ProblemException.Conflict("A Standard Webhooks endpoint has no mapping: its sender uses "
                    + "Stride's own stage and status names (see Stride's generic format).");
        }
        return endpoint;
    }

    private void valid(WebhookMapping mapping) {
        if (mapping.dealStages() == null) {
            throw new ProblemException.InvalidField("dealStages", "is required (it may be empty)");
        }
        if (mapping.leadStatuses() == null) {
            throw new ProblemException.InvalidField("leadStatuses", "is required (it may be empty)");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < mapping.dealStages().size(); i++) {
            WebhookMapping.DealStage stage = mapping.dealStages().get(i);
            String field = "dealStages[" + i + "]";
            if (stage == null || stage.from() == null || stage.from().isBlank()) {
                throw new ProblemException.InvalidField(field + ".from", "is required: the provider's stage");
            }
            if (!seen.add(stage.from())) {
                throw new ProblemException.InvalidField(field + ".from", "\"" + stage.from() + "\" is mapped twice");
            }
            if (stage.status() == null || !List.of("OPEN", "WON", "LOST").contains(stage.status())) {
                throw new ProblemException.InvalidField(field + ".status", "must be OPEN, WON or LOST");
            }
            if (stage.status().equals("OPEN")) {
                if (stage.stage() == null || stage.stage().isBlank()) {
                    throw new ProblemException.InvalidField(field + ".stage", "is required for OPEN: a stage of the "
                            + "pipeline");
                }
                try {
                    pipelines.byName(stage.pipeline(), stage.stage());
                } catch (ProblemException.InvalidField e) {
                    Problem.FieldError error = e.errors().getFirst();
                    throw new ProblemException.InvalidField(field + "." + error.field(), error.message());
                }
            } else if (stage.pipeline() != null || stage.stage() != null) {
                throw new ProblemException.InvalidField(field + ".stage", "is only for OPEN; a " + stage.status()
                        + " deal keeps the stage it was in");
            }
        }
        seen.clear();
        for (int i = 0; i < mapping.leadStatuses().size(); i++) {
            WebhookMapping.LeadStatusMapping status = mapping.leadStatuses().get(i);
            String field = "leadStatuses[" + i + "]";
            if (status == null || status.from() == null || status.from().isBlank()) {
                throw new ProblemException.InvalidField(field + ".from", "is required: the provider's status");
            }
            if (!seen.add(status.from())) {
                throw new ProblemException.InvalidField(field + ".from", "\"" + status.from() + "\" is mapped twice");
            }
            if (status.status() == null || !LEAD_STATUSES.contains(status.status())) {
                throw new ProblemException.InvalidField(field + ".status", "must be one of " + LEAD_STATUSES
                        + " (a lead is converted in Stride)");
            }
        }
        choices.require(LeadSources.LIST, LeadSources.DEFAULT.sources(), "leadSource",
                Objects.requireNonNullElse(mapping.leadSource(), ""));
        choices.require(LossReasons.LIST, LossReasons.DEFAULT.reasons(), "lostReason",
                Objects.requireNonNullElse(mapping.lostReason(), ""));
        if (mapping.currency() == null || !CURRENCIES.isValid(mapping.currency(), null)) {
            throw new ProblemException.InvalidField("currency", "must be an ISO 4217 code such as JPY");
        }
    }

    /** A timestamptz column's value as the driver gives it. */
    static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }

    /** Enables or disables the endpoint: a disabled one accepts no delivery (401, as an unknown one). */
    @Transactional
    WebhookEndpointResponse enable(UUID id, boolean enabled, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch("webhook endpoint", ifMatch, endpoint.version);
        if (endpoint.enabled != enabled) {
            endpoint.enabled = enabled;
            endpoint.updatedAt = clock.instant();
            endpoint.flush();
        }
        return WebhookEndpointResponse.of(endpoint, null, clock.instant());
    }

    /**
     * The caller stands behind the endpoint from now on: its deliveries are applied as them, and it takes deliveries
     * again (an endpoint whose admin left or lost the role stops until someone does this).
     */
    @Transactional
    WebhookEndpointResponse takeOver(UUID id, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch("webhook endpoint", ifMatch, endpoint.version);
        endpoint.createdBy = tenant.userId();
        endpoint.enabled = true;
        endpoint.updatedAt = clock.instant();
        endpoint.flush();
        return WebhookEndpointResponse.of(endpoint, null, clock.instant());
    }

    /** How many days the endpoint's deliveries keep their raw headers and body. */
    @Transactional
    WebhookEndpointResponse replaceRetention(UUID id, int days, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch("webhook endpoint", ifMatch, endpoint.version);
        if (endpoint.bodyRetentionDays != days) {
            endpoint.bodyRetentionDays = days;
            endpoint.updatedAt = clock.instant();
            endpoint.flush();
        }
        return WebhookEndpointResponse.of(endpoint, null, clock.instant());
    }

    /** Replaces the address ranges deliveries may come from; a Salesforce endpoint keeps at least one. */
    @Transactional
    WebhookEndpointResponse replaceAllowedSenders(UUID id, List<String> ranges, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch("webhook endpoint", ifMatch, endpoint.version);
        List<String> canonical = SenderRanges.canonical("allowedSenders", ranges);
        if (canonical.isEmpty() && endpoint.provider == WebhookProvider.SALESFORCE) {
            throw new ProblemException.InvalidField("allowedSenders", "must list at least one range for a Salesforce "
                    + "endpoint: its messages carry no signature");
        }
        if (!canonical.equals(endpoint.allowedSenders)) {
            endpoint.allowedSenders = canonical;
            endpoint.updatedAt = clock.instant();
            endpoint.flush();
        }
        return WebhookEndpointResponse.of(endpoint, null, clock.instant());
    }

    /** Deletes the endpoint and its deliveries. */
    @Transactional
    void delete(UUID id, String ifMatch) {
        WebhookEndpoint endpoint = find(id);
        Versions.requireMatch("webhook endpoint", ifMatch, endpoint.version);
        endpoint.delete();
    }

    /** Rejects a field given for a provider it does not belong to. */
    private static void only(WebhookProvider provider, WebhookProvider owner, String field, Object value) {
        if (value != null && provider != owner) {
            throw new ProblemException.InvalidField(field, "is only for " + owner.path() + " endpoints; leave it out "
                    + "for " + provider.path());
        }
    }

    private static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ProblemException.InvalidField(field, "is required");
        }
        return value.strip();
    }

    private static WebhookEndpoint find(UUID id) {
        WebhookEndpoint endpoint = WebhookEndpoint.findById(id);
        if (endpoint == null) {
            throw new ProblemException.NotFound("Webhook endpoint", id);
        }
        return endpoint;
    }
}
