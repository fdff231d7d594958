package dev.stride.kpi.goal;

import dev.stride.kpi.metric.Metric;
import dev.stride.kpi.platform.Versions;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Kgi", requiredProperties = { "id", "name", "description", "metricId", "unit", "direction", "baseline",
        "target", "currentValue", "startsOn", "deadline", "ownerId", "createdAt", "updatedAt", "version" })
public record KgiResponse(UUID id, String name, @Schema(nullable = true) String description,
        @Schema(nullable = true) String metricId, @Schema(nullable = true) String unit, Metric.Direction direction,
        @Schema(nullable = true) BigDecimal baseline, BigDecimal target,
        @Schema(nullable = true) BigDecimal currentValue, LocalDate startsOn, LocalDate deadline,
        @Schema(nullable = true) String ownerId, Instant createdAt, Instant updatedAt, long version)
        implements Versions.Versioned {

    static KgiResponse from(Kgi k) {
        return new KgiResponse(k.id, k.name, k.description, k.metricId, k.unit, k.direction, k.baseline, k.target,
                k.currentValue, k.startsOn, k.deadline, k.ownerId, k.createdAt, k.updatedAt, k.version);
    }
}
