package dev.stride.kpi.events;

import java.time.Instant;
import java.util.UUID;

/** One outbox row as the relay reads it: everything needed to build the Kafka record. */
record PendingEvent(UUID id, String tenantId, String topic, String aggregateId, String type, Instant occurredAt,
        String payload) {
}
