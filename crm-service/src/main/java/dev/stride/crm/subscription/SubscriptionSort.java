package dev.stride.crm.subscription;

import dev.stride.crm.platform.SortKey;
import java.time.Instant;
import java.util.UUID;

/** The orders a subscription list can take: by when it was recorded, newest first by default. */
enum SubscriptionSort implements SortKey<Subscription> {
    CREATED_DESC("-createdAt"),
    CREATED("createdAt");

    private final String key;

    SubscriptionSort(String key) {
        this.key = key;
    }

    static SubscriptionSort of(String key) {
        return SortKey.named(key, values());
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String expression() {
        return "createdAt";
    }

    @Override
    public boolean descending() {
        return key.startsWith("-");
    }

    @Override
    public Object parse(String cursorValue) {
        return Instant.parse(cursorValue);
    }

    @Override
    public String valueOf(Subscription subscription) {
        return subscription.createdAt.toString();
    }

    @Override
    public UUID idOf(Subscription subscription) {
        return subscription.id;
    }
}
