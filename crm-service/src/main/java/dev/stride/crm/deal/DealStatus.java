package dev.stride.crm.deal;

/** Where a deal stands: open in a stage, or closed as won or lost (a closed deal can be reopened). */
public enum DealStatus {
    OPEN,
    WON,
    LOST
}
