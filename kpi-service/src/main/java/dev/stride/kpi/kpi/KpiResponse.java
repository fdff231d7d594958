package dev.stride.kpi.kpi;

import dev.stride.kpi.metric.Metric;
import dev.stride.kpi.platform.Versions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Kpi", requiredProperties = { "id", "name", "description", "ownerId", "ownerTeamId", "metricId",
        "filters", "direction", "periodType", "targets", "kgiId", "ksfId", "parentKpiId", "benchmarks",
        "reviewCadence", "createdAt", "updatedAt", "version" })
public record KpiResponse(UUID id, String name, @Schema(nullable = true) String description,
        @Schema(nullable = true) String ownerId, @Schema(nullable = true) UUID ownerTeamId, String metricId,
        KpiFilters filters, Metric.Direction direction, PeriodType periodType,
        @Schema(description = "By period, oldest first") List<Target> targets, @Schema(nullable = true) UUID kgiId,
        @Schema(nullable = true) UUID ksfId, @Schema(nullable = true) UUID parentKpiId, List<Benchmark> benchmarks,
        ReviewCadence reviewCadence, Instant createdAt, Instant updatedAt, long version)
        implements Versions.Versioned {

    static KpiResponse from(Kpi k) {
        return new KpiResponse(k.id, k.name, k.description, k.ownerId, k.ownerTeamId, k.metricId, k.filters,
                k.direction, k.periodType, List.copyOf(k.targets), k.kgiId, k.ksfId, k.parentKpiId,
                List.copyOf(k.benchmarks), k.reviewCadence, k.createdAt, k.updatedAt, k.version);
    }
}
