package dev.stride.crm.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** {@code stride.crm.deal.won.v1}: a deal was won. Carries the whole deal, so consumers never call back. */
record DealWon(UUID dealId, String name, BigDecimal amount, String currency, DealStatus status, String ownerId,
        Instant createdAt, Instant wonAt) implements DealEvent {

    static final String TYPE = "stride.crm.deal.won.v1";

    static DealWon from(Deal deal) {
        return new DealWon(deal.id, deal.name, deal.amount, deal.currency, deal.status, deal.ownerId,
                deal.createdAt, deal.wonAt);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Instant occurredAt() {
        return wonAt;
    }
}
