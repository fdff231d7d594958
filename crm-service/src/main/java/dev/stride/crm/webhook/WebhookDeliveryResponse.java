package dev.stride.crm.webhook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of an endpoint's log. */
@Schema(name = "WebhookDelivery")
record WebhookDeliveryResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant receivedAt,
        @Schema(required = true, enumeration = { "RECEIVED", "PROCESSED", "SUPERSEDED", "FAILED" },
                description = "`RECEIVED`: verified and stored, waiting to be applied (again after a transient "
                        + "failure); `PROCESSED`: applied; `SUPERSEDED`: a later change of the record was applied "
                        + "already; `FAILED`: cannot be applied as it is (`reason`), replay it once fixed")
        String status,
        @Schema(required = true, description = "What makes a delivery the same as another: the provider and its "
                + "delivery id, or the body's SHA-256", examples = "standard:msg_p5jXN8AQM9LWM0D4loKWxJek")
        String dedupeKey,
        @Schema(required = true, description = "The body's size in bytes (kept when the body is purged)") int bytes,
        @Schema(required = true, description = "Attempts to apply it so far") int attempts,
        @Schema(nullable = true, description = "Why it failed, or why its last attempt did") String reason,
        @Schema(nullable = true) Instant processedAt,
        @Schema(nullable = true, description = "When the stored headers and body were purged, past the endpoint's "
                + "`bodyRetentionDays`; the log line stays") Instant purgedAt) {
}
