package dev.stride.crm.webhook;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One delivery of an endpoint's log. */
@Schema(name = "WebhookDelivery")
record WebhookDeliveryResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) Instant receivedAt,
        @Schema(required = true, enumeration = { "RECEIVED" }, description = "`RECEIVED`: verified and stored in the "
                + "inbox") String status,
        @Schema(required = true, description = "What makes a delivery the same as another: the provider and its "
                + "delivery id, or the body's SHA-256", examples = "standard:msg_p5jXN8AQM9LWM0D4loKWxJek")
        String dedupeKey,
        @Schema(required = true, description = "The body's size in bytes") int bytes) {
}
