package dev.stride.kpi.kpi;

/** How often a KPI is reviewed in a PDCA cycle; every KPI also meets the quarterly review. */
public enum ReviewCadence {
    MONTHLY, QUARTERLY
}
