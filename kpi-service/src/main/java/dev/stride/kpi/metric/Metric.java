package dev.stride.kpi.metric;

import dev.stride.kpi.platform.ProblemException;
import java.math.BigDecimal;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A metric of METRICS.md that a KPI can be bound to: what it counts, in which unit, whether it accumulates over a
 * period, which way is better, which filters it takes, and the range a target may have.
 */
@Schema(name = "Metric", requiredProperties = { "id", "name", "nameJa", "kind", "unit", "direction", "filters",
        "maximum", "source" })
public record Metric(
        @Schema(examples = "deals.won.amount") String id,
        @Schema(examples = "Revenue") String name,
        @Schema(examples = "売上") String nameJa,
        Kind kind, Unit unit,
        @Schema(description = "Which way is better, as KPIs bound to it default to") Direction direction,
        @Schema(description = "The filters it takes") Set<Filter> filters,
        @Schema(description = "The largest sensible target (a rate of 1 is 100 %); null: none", nullable = true)
        BigDecimal maximum,
        @Schema(description = "The CRM records it is computed from", examples = "deals") String source) {

    /** A target or baseline of this metric: never negative, and within its maximum (a rate of 1 is 100 %). */
    public void requireInRange(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw new ProblemException.InvalidField(field, "must not be negative: " + name + " (" + id
                    + ") is never below zero");
        }
        if (maximum != null && value.compareTo(maximum) > 0) {
            throw new ProblemException.InvalidField(field, "must be at most " + maximum.toPlainString() + " for "
                    + name + " (" + id + "): rates are fractions, 0.25 is 25 %");
        }
    }

    /** Counts and sums accumulate over the period (pace applies); ratios and snapshots are compared as they are. */
    public enum Kind {
        COUNT, SUM, RATIO, SNAPSHOT;

        public boolean cumulative() {
            return this == COUNT || this == SUM;
        }
    }

    /** How targets are written: a number of things, money in the tenant currency, a rate (0.25 = 25 %) or days. */
    public enum Unit {
        COUNT, MONEY, RATE, DAYS
    }

    public enum Direction {
        HIGHER, LOWER
    }

    /** The dimensions a KPI may narrow its metric to. */
    public enum Filter {
        OWNER, TEAM, SOURCE, PIPELINE, ACTIVITY_TYPE
    }
}
