package dev.stride.crm.activity;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CompleteRequest")
public record CompleteRequest(
        @Schema(description = "When it was done (default: now); not in the future", nullable = true)
        Instant completedAt) {
}
