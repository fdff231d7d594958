package dev.stride.kpi.kpi;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a KPI narrows its metric to; each filter only where the metric takes it (GET /metrics). */
@Schema(name = "KpiFilters")
public record KpiFilters(
        @Schema(description = "Only this user's records", nullable = true) @Size(max = 255) String ownerId,
        @Schema(description = "Only the records of this team's members", nullable = true) UUID teamId,
        @Schema(description = "Only leads (and their deals) from this source", nullable = true, examples = "web")
        @Size(max = 50) String source,
        @Schema(description = "Only deals of this pipeline", nullable = true) UUID pipelineId,
        @Schema(description = "Only activities of this type", nullable = true, examples = "CALL")
        @Pattern(regexp = "CALL|EMAIL|MEETING|TASK", message = "must be CALL, EMAIL, MEETING or TASK")
        String activityType) {

    static final KpiFilters NONE = new KpiFilters(null, null, null, null, null);
}
