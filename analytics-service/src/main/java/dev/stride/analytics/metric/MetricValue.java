package dev.stride.analytics.metric;

import java.math.BigDecimal;

/**
 * A metric's value with what METRICS.md says must travel with it.
 *
 * @param value null when the metric has none (a ratio with an empty denominator)
 * @param provisional true while some leads of a conversion cohort are younger than the conversion window
 * @param leftOut how many amounts were left out of a money figure for want of an exchange rate
 * @param lifetimeCapped true when an LTV's lifetime hit the 60-month cap
 */
public record MetricValue(BigDecimal value, boolean provisional, long leftOut, boolean lifetimeCapped) {

    static MetricValue of(BigDecimal value) {
        return new MetricValue(value, false, 0, false);
    }

    static MetricValue of(BigDecimal value, long leftOut) {
        return new MetricValue(value, false, leftOut, false);
    }
}
