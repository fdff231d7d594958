package dev.stride.crm.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new webhook endpoint. */
@Schema(name = "WebhookEndpointRequest")
record WebhookEndpointRequest(
        @Schema(required = true, enumeration = { "standard" }, description = "Who will post to it: `standard` for any "
                + "Standard Webhooks v1 sender in Stride's generic format")
        @NotNull(message = "is required") String provider,
        @Schema(required = true, examples = "本番 CRM", description = "A name unique in the tenant")
        @NotBlank(message = "is required") @Size(max = 120, message = "must be at most 120 characters") String name) {
}
