package dev.stride.crm.deal;

/** How a deal's stay in a stage ended. */
public enum StageExit {
    MOVED,
    WON,
    LOST
}
