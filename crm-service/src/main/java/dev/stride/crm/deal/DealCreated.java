package dev.stride.crm.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** {@code stride.crm.deal.created.v1}: a deal was opened. Carries the whole deal, so consumers never call back. */
record DealCreated(UUID dealId, String name, BigDecimal amount, String currency, DealStatus status, String ownerId,
        Instant createdAt) implements DealEvent {

    static final String TYPE = "stride.crm.deal.created.v1";

    static DealCreated from(Deal deal) {
        return new DealCreated(deal.id, deal.name, deal.amount, deal.currency, deal.status, deal.ownerId,
                deal.createdAt);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Instant occurredAt() {
        return createdAt;
    }
}
