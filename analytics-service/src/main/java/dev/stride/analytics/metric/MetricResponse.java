package dev.stride.analytics.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MetricValue",
        description = "One metric over a period of local days [from, to) in the tenant's time zone")
public record MetricResponse(
        @Schema(required = true, examples = "deals.won.count") String metric,
        @Schema(required = true, description = "First day of the period, inclusive") LocalDate from,
        @Schema(required = true, description = "Day after the period's last day, exclusive") LocalDate to,
        @Schema(required = true, examples = "Asia/Tokyo") String timeZone,
        @Schema(required = true, nullable = true, description = "The value (money in the tenant currency, rates as "
                + "fractions); null when it has none (a ratio with an empty denominator)")
        BigDecimal value,
        @Schema(required = true, description = "True while some leads of a conversion cohort are younger than the "
                + "tenant's conversion window: the value can still rise")
        boolean provisional,
        @Schema(required = true, description = "How many amounts were left out for want of an exchange rate")
        long leftOut,
        @Schema(required = true, description = "True when an LTV's lifetime hit the 60-month cap")
        boolean lifetimeCapped) {

    static MetricResponse of(Metric metric, LocalDate from, LocalDate to, String timeZone, MetricValue value) {
        return new MetricResponse(metric.id(), from, to, timeZone, value.value(), value.provisional(),
                value.leftOut(), value.lifetimeCapped());
    }
}
