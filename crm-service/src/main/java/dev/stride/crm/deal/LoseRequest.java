package dev.stride.crm.deal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LoseRequest")
public record LoseRequest(
        @Schema(description = "One of the tenant's loss reasons (`GET /deals/loss-reasons`)", examples = "Price")
        @NotBlank String reason,
        @Schema(description = "What happened, in a few words", nullable = true) @Size(max = 2000) String note,
        @Schema(description = "When it was lost (default: now); not in the future, not before the deal was created",
                nullable = true) Instant lostAt) {
}
