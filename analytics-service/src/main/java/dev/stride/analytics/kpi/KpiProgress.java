package dev.stride.analytics.kpi;

import dev.stride.analytics.metric.MetricFilters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI's progress in one period, as METRICS.md defines every figure; also the data of {@code kpi.progress}. */
@Schema(name = "KpiProgress")
public record KpiProgress(
        @Schema(required = true) UUID kpiId,
        @Schema(required = true, examples = "月間受注金額") String name,
        @Schema(required = true, nullable = true, description = "The user who owns the KPI; null when a team or "
                + "nobody does") String ownerId,
        @Schema(required = true, nullable = true, description = "The team that owns the KPI; null when a user or "
                + "nobody does") UUID ownerTeamId,
        @Schema(required = true, description = "The filters the KPI's figures are narrowed by; narrowed to one user or "
                + "team, the KPI is theirs") MetricFilters filters,
        @Schema(required = true, examples = "deals.won.amount") String metricId,
        @Schema(required = true) KpiData.Direction direction,
        @Schema(required = true) PeriodType periodType,
        @Schema(required = true, description = "First day of the period") LocalDate periodStart,
        @Schema(required = true, description = "Day after the period's last day") LocalDate periodEnd,
        @Schema(required = true, nullable = true, description = "The metric over the period so far, with the KPI's "
                + "filters; null when it has no value (an empty ratio)") BigDecimal actual,
        @Schema(required = true, nullable = true, description = "The period's target; null when none is set")
        BigDecimal target,
        @Schema(required = true, nullable = true, description = "actual ÷ target (target ÷ actual for lower-is-better "
                + "KPIs; an actual of 0 is fully attained)") BigDecimal attainment,
        @Schema(required = true, nullable = true, description = "Pace: target × elapsed working days ÷ working days "
                + "of the period (cumulative metrics only)") BigDecimal expected,
        @Schema(required = true, nullable = true, description = "Projected value at the period's end")
        BigDecimal forecast,
        @Schema(required = true, nullable = true, description = "Low end of the forecast's 80 % interval")
        BigDecimal forecastLow,
        @Schema(required = true, nullable = true, description = "High end of the forecast's 80 % interval")
        BigDecimal forecastHigh,
        @Schema(required = true) Pace.Status status,
        @Schema(required = true, description = "Working days of the period (Monday-Friday, not the tenant's holidays)")
        int workingDays,
        @Schema(required = true, description = "Working days elapsed, today included") int elapsedWorkingDays,
        @Schema(required = true, description = "The actual can still rise as young leads convert") boolean provisional,
        @Schema(required = true, description = "Amounts left out for want of an exchange rate") long leftOut) {
}
