package dev.stride.crm.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stride.crm.platform.Versions;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook endpoint as admins see it; the secret only in the answer that created or rotated it. */
@Schema(name = "WebhookEndpoint")
@JsonInclude(JsonInclude.Include.NON_NULL)
record WebhookEndpointResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true, enumeration = { "standard" }) String provider,
        @Schema(required = true) String name,
        @Schema(required = true, description = "Where the provider posts: the gateway's path "
                + "`/api/crm/webhooks/<provider>/<id>`") String path,
        @Schema(required = true) boolean enabled,
        @Schema(required = true, description = "Deliveries that failed verification") long rejected,
        @Schema(description = "The signing secret (`whsec_…`); present only in the answer that created or rotated it, "
                + "never shown again") String secret,
        @Schema(description = "Until when the secret before the last rotation is still accepted")
        Instant previousSecretValidUntil,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt,
        @Schema(required = true) long version) implements Versions.Versioned {

    static WebhookEndpointResponse of(WebhookEndpoint endpoint, String secret, Instant now) {
        Instant previous = endpoint.previousValidUntil != null && endpoint.previousValidUntil.isAfter(now)
                ? endpoint.previousValidUntil : null;
        return new WebhookEndpointResponse(endpoint.id, endpoint.provider.path(), endpoint.name,
                "/api/crm/webhooks/" + endpoint.provider.path() + "/" + endpoint.id, endpoint.enabled,
                endpoint.rejected, secret, previous, endpoint.createdAt, endpoint.updatedAt, endpoint.version);
    }
}
