package dev.stride.kpi.review;

import dev.stride.kpi.metric.Metric;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One KPI in the quarterly review: its quarter's target, what analytics measured, and the attainment. */
@Schema(name = "QuarterlyKpi", requiredProperties = { "kpiId", "name", "metricId", "direction", "target", "actual",
        "attainment", "reviewed" })
public record QuarterlyKpi(UUID kpiId, String name, String metricId, Metric.Direction direction,
        @Schema(description = "The quarter's target: its months' summed for counts and sums, their mean for ratios",
                nullable = true) BigDecimal target,
        @Schema(description = "The metric over the quarter, from analytics; null when analytics cannot tell",
                nullable = true) BigDecimal actual,
        @Schema(description = "actual ÷ target (target ÷ actual when lower is better; an actual of 0 then counts as "
                + "fully attained); null without both", nullable = true) BigDecimal attainment,
        @Schema(description = "Whether the quarter (or, for a monthly KPI, its last month) has a review")
        boolean reviewed) {
}
