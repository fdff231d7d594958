package dev.stride.kpi.kpi;

import dev.stride.kpi.metric.Metric;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KpiRequest")
public record KpiRequest(
        @Schema(examples = "月間新規リード数") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "Webと紹介から獲得する新規リードの月間件数") @Size(max = 2000) String description,
        @Schema(description = "User id of who answers for it (or give ownerTeamId)", nullable = true)
        @Size(max = 255) String ownerId,
        @Schema(description = "The team that answers for it (or give ownerId)", nullable = true) UUID ownerTeamId,
        @Schema(description = "A metric of GET /metrics", examples = "leads.new") @NotBlank String metricId,
        @Schema(nullable = true) @Valid KpiFilters filters,
        @Schema(description = "Which way is better; by default the metric's", nullable = true)
        Metric.Direction direction,
        @Schema(description = "MONTH by default", nullable = true) PeriodType periodType,
        @Schema(description = "One per period; those of closed periods can no longer change") @Size(max = 400)
        List<@Valid @NotNull Target> targets,
        @Schema(description = "The KGI it serves directly (give at most one parent)", nullable = true) UUID kgiId,
        @Schema(description = "The KSF it serves", nullable = true) UUID ksfId,
        @Schema(description = "The KPI it is a sub-KPI of", nullable = true) UUID parentKpiId,
        @Size(max = 20) List<@Valid @NotNull Benchmark> benchmarks,
        @Schema(description = "MONTHLY by default", nullable = true) ReviewCadence reviewCadence) {
}
