package dev.stride.analytics.kpi;

import java.time.LocalDate;

/**
 * A KPI's period, aligned to the tenant's fiscal year as in kpi-service: a period starts on the first of a month, a
 * whole number of periods after the fiscal year's first month.
 */
public enum PeriodType {
    MONTH(1), QUARTER(3), HALF(6), FISCAL_YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    /** The first day of the period that contains {@code day}. */
    LocalDate startOf(LocalDate day, int fiscalYearStartMonth) {
        LocalDate first = day.withDayOfMonth(1);
        return first.minusMonths(Math.floorMod(first.getMonthValue() - fiscalYearStartMonth, months));
    }

    /** The day after the period's last day. */
    LocalDate end(LocalDate start) {
        return start.plusMonths(months);
    }
}
