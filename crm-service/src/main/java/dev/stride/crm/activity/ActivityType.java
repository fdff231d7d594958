package dev.stride.crm.activity;

public enum ActivityType {
    CALL,
    EMAIL,
    MEETING,
    TASK
}
