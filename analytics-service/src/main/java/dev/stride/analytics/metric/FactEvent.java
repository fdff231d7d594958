package dev.stride.analytics.metric;

import java.time.Instant;

/** A record's state as one event carries it, for a fact writer: the state, when the event happened, and whether it
 * deleted the record. */
public record FactEvent<T>(T state, Instant time, boolean deleted) {
}
