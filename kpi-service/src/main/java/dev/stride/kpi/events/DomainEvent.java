package dev.stride.kpi.events;

import java.time.Instant;

/**
 * A business fact recorded by an entity's state change. Its record components are the CloudEvent's JSON data; the
 * methods below fill the envelope: {@code ce_type}, the topic, the key and subject, and {@code ce_time}.
 */
public interface DomainEvent {

    /** The compacted topic of every definition: each record the whole current state of its aggregate. */
    String DEFINITIONS = "kpi.definitions";

    /** The CloudEvent type, e.g. {@code stride.kpi.kpi.defined.v1}. */
    String type();

    /** The topic of the aggregate, e.g. {@code kpi.definitions}. */
    String topic();

    /** The aggregate id: record key and {@code ce_subject}, so one aggregate's events stay in order. */
    String aggregateId();

    /** When it happened in the business, not when it was relayed. */
    Instant occurredAt();

    /** A deletion: sent without data, so the compacted topic forgets the aggregate's key. */
    default boolean tombstone() {
        return false;
    }
}
