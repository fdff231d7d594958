package dev.stride.kpi.goal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KsfRequest")
public record KsfRequest(
        @Schema(description = "The KGI it serves") @NotNull UUID kgiId,
        @Schema(examples = "新規リードの質と量を高める") @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @Schema(nullable = true) @Size(max = 255) String ownerId) {
}
