package dev.stride.kpi.okr;

import dev.stride.kpi.platform.Versions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Objective", requiredProperties = { "id", "title", "description", "periodStart", "periodEnd",
        "ownerId", "parentObjectiveId", "score", "keyResults", "createdAt", "updatedAt", "version" })
public record ObjectiveResponse(UUID id, String title, @Schema(nullable = true) String description,
        LocalDate periodStart, LocalDate periodEnd, @Schema(nullable = true) String ownerId,
        @Schema(nullable = true) UUID parentObjectiveId,
        @Schema(description = "The mean of its key results' scores, 0.0 to 1.0; null without key results",
                nullable = true) BigDecimal score,
        List<KeyResultResponse> keyResults, Instant createdAt, Instant updatedAt, long version)
        implements Versions.Versioned {

    static ObjectiveResponse from(Objective o, List<KeyResult> keyResults) {
        List<KeyResultResponse> results = keyResults.stream().map(KeyResultResponse::from).toList();
        BigDecimal score = results.isEmpty() ? null : results.stream().map(KeyResultResponse::score)
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(results.size()), 2, RoundingMode.HALF_UP);
        return new ObjectiveResponse(o.id, o.title, o.description, o.periodStart, o.periodEnd, o.ownerId,
                o.parentObjectiveId, score, results, o.createdAt, o.updatedAt, o.version);
    }
}
