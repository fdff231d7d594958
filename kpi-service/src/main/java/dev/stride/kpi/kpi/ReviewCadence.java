package dev.stride.kpi.kpi;

/** How often a KPI is reviewed in a PDCA cycle; every KPI also meets the quarterly review. */
public enum ReviewCadence {
    MONTHLY, QUARTERLY;

    /** The period a review covers. */
    public PeriodType period() {
        return this == MONTHLY ? PeriodType.MONTH : PeriodType.QUARTER;
    }
}
