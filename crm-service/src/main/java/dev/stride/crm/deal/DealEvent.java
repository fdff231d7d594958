package dev.stride.crm.deal;

import dev.stride.crm.events.DomainEvent;
import java.util.UUID;

/** Every deal event goes to {@value Deal#TOPIC}, keyed by its deal id, so one deal's events stay in order. */
interface DealEvent extends DomainEvent {

    UUID dealId();

    @Override
    default String topic() {
        return Deal.TOPIC;
    }

    @Override
    default String aggregateId() {
        return dealId().toString();
    }
}
