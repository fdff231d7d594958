package dev.stride.kpi.okr;

import dev.stride.kpi.platform.Versions;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KeyResult", requiredProperties = { "id", "objectiveId", "title", "metricId", "kpiId", "startValue",
        "targetValue", "currentValue", "confidence", "ownerId", "score", "updatedAt", "version" })
public record KeyResultResponse(UUID id, UUID objectiveId, String title, @Schema(nullable = true) String metricId,
        @Schema(nullable = true) UUID kpiId, BigDecimal startValue, BigDecimal targetValue, BigDecimal currentValue,
        int confidence, @Schema(nullable = true) String ownerId,
        @Schema(description = "(current - start) / (target - start), within 0.0 and 1.0") BigDecimal score,
        Instant updatedAt, long version) implements Versions.Versioned {

    static KeyResultResponse from(KeyResult k) {
        return new KeyResultResponse(k.id, k.objectiveId, k.title, k.metricId, k.kpiId, k.startValue, k.targetValue,
                k.currentValue, k.confidence, k.ownerId, k.score(), k.updatedAt, k.version);
    }
}
