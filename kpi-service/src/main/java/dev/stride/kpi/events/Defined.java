package dev.stride.kpi.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;

/**
 * A definition in full on {@code kpi.definitions} ({@code stride.kpi.<aggregate>.defined.v1}): its data is the
 * definition exactly as the API shows it, so the topic's latest record per key is the definition's current state.
 */
public record Defined(@JsonIgnore String type, @JsonIgnore String aggregateId, @JsonIgnore Instant occurredAt,
        @JsonValue Object state) implements DomainEvent {

    @Override
    public String topic() {
        return DEFINITIONS;
    }
}
