package dev.stride.kpi.events;

import java.time.Instant;

/** The deletion of an aggregate from the compacted {@code kpi.definitions}: a record with its key and no data. */
public record Tombstone(String type, String aggregateId, Instant occurredAt) implements DomainEvent {

    @Override
    public String topic() {
        return DomainEvent.DEFINITIONS;
    }

    @Override
    public boolean tombstone() {
        return true;
    }
}
