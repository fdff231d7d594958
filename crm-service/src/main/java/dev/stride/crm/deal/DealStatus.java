package dev.stride.crm.deal;

/** Where a deal stands; stages, loss and reopening arrive with the CRM domain. */
public enum DealStatus {
    OPEN,
    WON
}
