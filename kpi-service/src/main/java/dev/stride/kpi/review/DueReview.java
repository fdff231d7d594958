package dev.stride.kpi.review;

import dev.stride.kpi.kpi.ReviewCadence;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI whose last closed period (a month or a quarter, by its cadence) has no review yet. */
@Schema(name = "DueReview", requiredProperties = { "kpiId", "kpiName", "ownerId", "cadence", "periodStart",
        "periodEnd", "daysOverdue" })
public record DueReview(UUID kpiId, String kpiName, @Schema(nullable = true) String ownerId, ReviewCadence cadence,
        LocalDate periodStart, @Schema(description = "The day after the period's last day") LocalDate periodEnd,
        @Schema(description = "Days since the period ended") long daysOverdue) {
}
