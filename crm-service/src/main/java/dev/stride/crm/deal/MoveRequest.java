package dev.stride.crm.deal;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MoveRequest")
public record MoveRequest(
        @Schema(description = "An active stage of the deal's pipeline") @NotNull UUID stageId) {
}
