package dev.stride.kpi.okr;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ObjectiveRequest")
public record ObjectiveRequest(
        @Schema(examples = "九州で選ばれる営業チームになる") @NotBlank @Size(max = 200) String title,
        @Size(max = 2000) String description,
        @Schema(examples = "2026-10-01") @NotNull LocalDate periodStart,
        @Schema(description = "The last day of the period", examples = "2026-12-31") @NotNull LocalDate periodEnd,
        @Schema(nullable = true) @Size(max = 255) String ownerId,
        @Schema(description = "The objective this one contributes to", nullable = true) UUID parentObjectiveId) {
}
