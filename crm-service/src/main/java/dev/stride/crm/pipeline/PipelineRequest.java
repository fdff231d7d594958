package dev.stride.crm.pipeline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new pipeline; without stages it gets the default ones. */
@Schema(name = "PipelineRequest")
public record PipelineRequest(
        @Schema(examples = "Enterprise") @NotBlank @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Schema(description = "Stages in order; default: " + PipelineService.DEFAULT_STAGE_NAMES, nullable = true)
        @Size(min = 1, max = Pipeline.MAX_STAGES, message = "must hold between 1 and 30 stages")
        List<@Valid @NotNull StageRequest> stages) {
}
