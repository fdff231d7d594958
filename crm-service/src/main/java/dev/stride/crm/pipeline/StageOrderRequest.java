package dev.stride.crm.pipeline;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StageOrderRequest")
public record StageOrderRequest(
        @Schema(description = "Every active stage of the pipeline, in the new order") @NotEmpty
        List<@NotNull UUID> stageIds) {
}
