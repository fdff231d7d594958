package dev.stride.crm.subscription;

/** What a line of a subscription's history records. */
public enum ChangeKind {
    STARTED,
    UPGRADED,
    DOWNGRADED,
    RENEWED,
    CANCELLED
}
