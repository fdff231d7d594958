package dev.stride.kpi.review;

/** Where a review's action stands. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE
}
