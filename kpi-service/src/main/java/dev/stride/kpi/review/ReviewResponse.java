package dev.stride.kpi.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.stride.kpi.platform.Versions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Review", requiredProperties = { "id", "kpiId", "periodStart", "periodEnd", "plan", "do", "check",
        "act", "reviewerId", "actions", "createdAt", "updatedAt", "version" })
public record ReviewResponse(UUID id, UUID kpiId, LocalDate periodStart,
        @Schema(description = "The day after the period's last day") LocalDate periodEnd,
        @Schema(nullable = true) String plan,
        @JsonProperty("do") @Schema(name = "do", nullable = true) String execution,
        @JsonProperty("check") @Schema(name = "check", nullable = true) String evaluation,
        @JsonProperty("act") @Schema(name = "act", nullable = true) String improvement,
        String reviewerId, List<ActionResponse> actions, Instant createdAt, Instant updatedAt, long version)
        implements Versions.Versioned {

    static ReviewResponse from(Review r, LocalDate periodEnd, List<ReviewAction> actions) {
        return new ReviewResponse(r.id, r.kpiId, r.periodStart, periodEnd, r.plan, r.execution, r.evaluation,
                r.improvement, r.reviewerId, actions.stream().map(ActionResponse::from).toList(), r.createdAt,
                r.updatedAt, r.version);
    }

    @Schema(name = "ReviewAction", requiredProperties = { "id", "reviewId", "fact", "cause", "action", "ownerId",
            "dueOn", "status", "subKpiId", "version" })
    public record ActionResponse(UUID id, UUID reviewId, String fact, String cause, String action,
            @Schema(nullable = true) String ownerId, @Schema(nullable = true) LocalDate dueOn, ActionStatus status,
            @Schema(description = "The sub-KPI made from it", nullable = true) UUID subKpiId, long version)
            implements Versions.Versioned {

        static ActionResponse from(ReviewAction a) {
            return new ActionResponse(a.id, a.reviewId, a.fact, a.cause, a.action, a.ownerId, a.dueOn, a.status,
                    a.subKpiId, a.version);
        }
    }
}
