package dev.stride.crm.subscription;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stride.crm.events.OwnedEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code stride.crm.subscription.<verb>.v1} on {@value Subscription#TOPIC}: the whole subscription after the change
 * (for a delete: as it was). An MRR change also carries {@code oldMrr}, {@code newMrr} and {@code effectiveOn}.
 */
record SubscriptionEvent(@JsonIgnore String type, @JsonIgnore Instant occurredAt, UUID subscriptionId,
        UUID accountId, String plan, BigDecimal mrr, String currency, SubscriptionStatus status, LocalDate startedOn,
        LocalDate renewsOn, LocalDate cancelledOn, String cancelReason, String ownerId, Instant createdAt,
        Instant updatedAt, long version,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal oldMrr,
        @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal newMrr,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate effectiveOn) implements OwnedEvent {

    static final String STARTED = "stride.crm.subscription.started.v1";
    static final String UPDATED = "stride.crm.subscription.updated.v1";
    static final String DELETED = "stride.crm.subscription.deleted.v1";
    static final String CHANGED = "stride.crm.subscription.changed.v1";
    static final String RENEWED = "stride.crm.subscription.renewed.v1";
    static final String CANCELLED = "stride.crm.subscription.cancelled.v1";

    static SubscriptionEvent of(String type, Subscription subscription, Instant at) {
        return of(type, subscription, at, null, null);
    }

    static SubscriptionEvent changed(Subscription subscription, BigDecimal oldMrr, LocalDate effectiveOn) {
        return of(CHANGED, subscription, subscription.updatedAt, oldMrr, effectiveOn);
    }

    private static SubscriptionEvent of(String type, Subscription subscription, Instant at, BigDecimal oldMrr,
            LocalDate effectiveOn) {
        return new SubscriptionEvent(type, at, subscription.id, subscription.accountId, subscription.plan,
                subscription.mrr, subscription.currency, subscription.status, subscription.startedOn,
                subscription.renewsOn, subscription.cancelledOn, subscription.cancelReason, subscription.ownerId,
                subscription.createdAt, subscription.updatedAt, subscription.version, oldMrr,
                oldMrr != null ? subscription.mrr : null, effectiveOn);
    }

    @Override
    public String topic() {
        return Subscription.TOPIC;
    }

    @Override
    public String aggregateId() {
        return subscriptionId.toString();
    }
}
