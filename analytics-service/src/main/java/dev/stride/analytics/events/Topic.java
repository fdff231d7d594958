package dev.stride.analytics.events;

import dev.stride.analytics.events.CloudEventReader.MalformedEventException;
import dev.stride.analytics.kpi.Touched;
import java.util.List;

/**
 * What one consumed topic contributes to {@link EventBatches}: which of its events matter and how they are read, how
 * one is applied to the facts, and which figures it may change.
 *
 * @param <T> the consumer's own record of an event's data
 */
interface Topic<T> {

    /** The topic's name, for logs and the {@code processed_event} row. */
    String name();

    /** The channel that consumes it (its topic as this profile names it is the channel's {@code topic} setting). */
    String channel();

    /** The event's data as this consumer needs it; null when it has no use for the event's type. */
    T read(CloudEvent event) throws MalformedEventException;

    /**
     * Applies one tenant's events of a batch, in the order they came, inside the batch's transaction; never called
     * twice for the same event id.
     */
    void apply(String tenantId, List<Change<T>> changes);

    /** What the applied event may have changed, so exactly those figures are recomputed after the commit. */
    Touched touched(CloudEvent event, T change);
}
