package dev.stride.kpi.kpi;

import java.time.LocalDate;

/**
 * The periods a KPI's targets are set for, aligned to the tenant's fiscal year (METRICS.md): a period starts on the
 * first of a month, a whole number of periods after the fiscal year's first month, and ends (exclusive) its length
 * later. With an April fiscal year, quarters start in April, July, October and January.
 */
public enum PeriodType {
    MONTH(1), QUARTER(3), HALF(6), FISCAL_YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public boolean startsOn(LocalDate start, int fiscalYearStartMonth) {
        return start.getDayOfMonth() == 1 && Math.floorMod(start.getMonthValue() - fiscalYearStartMonth, months) == 0;
    }

    /** The day after the period's last day. */
    public LocalDate end(LocalDate start) {
        return start.plusMonths(months);
    }

    /** The period before the one starting on {@code start}. */
    public LocalDate previous(LocalDate start) {
        return start.minusMonths(months);
    }

    /** How many past periods make a history worth comparing with: a year of months, two years of quarters... */
    int historyLength() {
        return switch (this) {
            case MONTH -> 12;
            case QUARTER -> 8;
            case HALF -> 6;
            case FISCAL_YEAR -> 3;
        };
    }

    /** The period that contains {@code day}. */
    public LocalDate startOf(LocalDate day, int fiscalYearStartMonth) {
        LocalDate start = day.withDayOfMonth(1);
        while (!startsOn(start, fiscalYearStartMonth)) {
            start = start.minusMonths(1);
        }
        return start;
    }
}
