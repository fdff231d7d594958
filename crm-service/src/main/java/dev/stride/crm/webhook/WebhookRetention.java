package dev.stride.crm.webhook;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long a webhook endpoint's deliveries keep their raw headers and body. */
@Schema(name = "WebhookRetention")
record WebhookRetention(
        @Schema(required = true, description = "Days, 1 to 3650", examples = "30")
        @NotNull(message = "is required") @Min(value = 1, message = "must be at least 1 day")
        @Max(value = 3650, message = "must be at most 3650 days") Integer bodyRetentionDays) {
}
