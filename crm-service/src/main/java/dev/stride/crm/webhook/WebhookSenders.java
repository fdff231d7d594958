package dev.stride.crm.webhook;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The address ranges a webhook endpoint takes deliveries from. */
@Schema(name = "WebhookSenders")
record WebhookSenders(
        @Schema(required = true, description = "CIDR ranges (IPv4 or IPv6); empty: any address",
                examples = "[\"13.108.0.0/14\"]")
        @NotNull(message = "is required (an empty list lets any address post)") List<String> allowedSenders) {
}
