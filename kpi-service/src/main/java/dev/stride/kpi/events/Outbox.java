package dev.stride.kpi.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Records domain events in the caller's transaction. The change and its events commit or roll back together;
 * {@link OutboxRelay} publishes them after the commit. A {@link DomainEvent#tombstone() tombstone} is recorded without
 * data: on the compacted {@code kpi.definitions} it deletes its aggregate's key.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;

    Outbox(ObjectMapper json) {
        this.json = json;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String tenantId, DomainEvent event) {
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.randomUUID();
        row.tenantId = tenantId;
        row.topic = event.topic();
        row.aggregateId = event.aggregateId();
        row.type = event.type();
        row.occurredAt = event.occurredAt();
        row.payload = event.tombstone() ? null : toJson(event);
        row.persist();
    }

    private String toJson(DomainEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise " + event.type(), e);
        }
    }
}
