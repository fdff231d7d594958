package dev.stride.crm.subscription;

public enum SubscriptionStatus {
    ACTIVE,
    CANCELLED
}
