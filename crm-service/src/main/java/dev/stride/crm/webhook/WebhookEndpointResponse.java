package dev.stride.crm.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stride.crm.platform.Versions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as admins see it; a generated secret only in the answer that created or rotated it. */
@Schema(name = "WebhookEndpoint")
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookEndpointResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, enumeration = { "standard", "hubspot", "pipedrive", "salesforce" }) String provider,
        @Schema(required = true) String name,
        @Schema(required = true, description = "Where the provider posts: the gateway's path "
                + "`/api/crm/webhooks/<provider>/<id>`") String path,
        @Schema(required = true) boolean enabled,
        @Schema(required = true, description = "Deliveries that failed verification") long rejected,
        @Schema(description = "`standard`: the signing secret (`whsec_…`); `pipedrive`: the Basic password; present "
                + "only in the answer that created or rotated it, never shown again") String secret,
        @Schema(description = "`pipedrive`: the Basic user name to give Pipedrive") String username,
        @Schema(description = "`salesforce`: the organization whose messages are taken") String organizationId,
        @Schema(description = "`hubspot`: whether v1 and v2 signatures are accepted too")
        Boolean acceptLegacySignatures,
        @Schema(description = "Until when the secret before the last rotation is still accepted")
        Instant previousSecretValidUntil,
        @Schema(required = true, description = "The address ranges (CIDR) deliveries may come from; empty: any")
        List<String> allowedSenders,
        @Schema(required = true, description = "Days each delivery's raw headers and body are kept")
        int bodyRetentionDays,
        @Schema(required = true, description = "The admin behind the endpoint (a user id): deliveries are applied "
                + "with their rights") String createdBy,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) implements Versions.Versioned {

    static WebhookEndpointResponse of(WebhookEndpoint endpoint, String secret, Instant now) {
        Instant previous = endpoint.previousValidUntil != null && endpoint.previousValidUntil.isAfter(now)
                ? endpoint.previousValidUntil : null;
        return new WebhookEndpointResponse(endpoint.id, endpoint.provider.path(), endpoint.name,
                "/api/crm/webhooks/" + endpoint.provider.path() + "/" + endpoint.id, endpoint.enabled,
                endpoint.rejected, secret, endpoint.basicUsername, endpoint.organizationId,
                endpoint.provider == WebhookProvider.HUBSPOT ? endpoint.legacySignatures : null, previous,
                List.copyOf(endpoint.allowedSenders), endpoint.bodyRetentionDays, endpoint.createdBy,
                endpoint.createdAt, endpoint.updatedAt, endpoint.version);
    }
}
