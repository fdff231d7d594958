package dev.stride.kpi.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewActionRequest")
public record ActionRequest(
        @Schema(examples = "展示会経由のリードが目標の 60 %") @NotBlank @Size(max = 2000) String fact,
        @Schema(examples = "ブースの位置が悪く来場者が少なかった") @NotBlank @Size(max = 2000) String cause,
        @Schema(examples = "来期はウェビナーを月 2 回開催する") @NotBlank @Size(max = 2000) String action,
        @Schema(nullable = true) @Size(max = 255) String ownerId,
        @Schema(nullable = true) LocalDate dueOn,
        @Schema(description = "OPEN by default", nullable = true) ActionStatus status) {
}
