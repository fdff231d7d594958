package dev.stride.crm.deal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "StageVisit", requiredProperties = { "stageId", "stageName", "enteredAt", "leftAt", "endedBy",
        "seconds" })
public record StageVisitResponse(UUID stageId, String stageName, Instant enteredAt,
        @Schema(description = "Absent while the deal is still in the stage", nullable = true) Instant leftAt,
        @Schema(description = "How the stay ended; absent while it lasts", nullable = true) StageExit endedBy,
        @Schema(description = "Time spent in the stage, up to now while the deal is still there") long seconds) {

    static StageVisitResponse from(StageVisit visit, String stageName, Instant now) {
        Instant end = visit.leftAt != null ? visit.leftAt : now;
        return new StageVisitResponse(visit.stageId, stageName, visit.enteredAt, visit.leftAt, visit.endedBy,
                Math.max(0, Duration.between(visit.enteredAt, end).toSeconds()));
    }
}
