package dev.stride.crm.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A HubSpot endpoint's new secret: the app's client secret after it was rotated in HubSpot. */
@Schema(name = "WebhookRotation")
record WebhookRotation(
        @Schema(required = true, description = "The app's new client secret")
        @NotBlank(message = "is required") @Size(max = 512, message = "must be at most 512 characters")
        String secret) {
}
