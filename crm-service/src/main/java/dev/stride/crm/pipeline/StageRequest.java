package dev.stride.crm.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stage's editable fields. */
@Schema(name = "StageRequest")
public record StageRequest(
        @Schema(examples = "Proposal") @NotBlank @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Schema(description = "Percent chance that a deal in this stage is won, 0-100", examples = "50")
        @NotNull @Min(value = 0, message = "must be between 0 and 100")
        @Max(value = 100, message = "must be between 0 and 100") Integer probability) {
}
