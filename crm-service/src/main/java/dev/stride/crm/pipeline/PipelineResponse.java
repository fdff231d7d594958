package dev.stride.crm.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import dev.stride.crm.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Pipeline", requiredProperties = { "id", "name", "isDefault", "stages", "createdAt", "updatedAt",
        "version" })
public record PipelineResponse(UUID id, String name,
        @Schema(description = "New deals go here when they name no pipeline") boolean isDefault,
        @Schema(description = "In board order: active stages first, then retired ones") List<StageResponse> stages,
        Instant createdAt, Instant updatedAt, long version)
        implements Versions.Versioned {

    @Schema(name = "Stage", requiredProperties = { "id", "name", "probability", "position", "retired" })
    public record StageResponse(UUID id, String name,
            @Schema(description = "Percent chance that a deal in this stage is won, 0-100") int probability,
            int position,
            @Schema(description = "A retired stage keeps its deals but no deal can move into it") boolean retired) {
    }

    static PipelineResponse from(Pipeline pipeline) {
        return new PipelineResponse(pipeline.id, pipeline.name, pipeline.isDefault,
                pipeline.stages.stream().map(s -> new StageResponse(s.id, s.name, s.probability, s.position,
                        s.retired)).toList(),
                pipeline.createdAt, pipeline.updatedAt, pipeline.version);
    }
}
