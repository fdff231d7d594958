package dev.stride.kpi.events;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "stride.outbox")
interface OutboxConfig {

    /** Whether this instance runs a relay at all (only one relay per database is ever active, by advisory lock). */
    @WithDefault("true")
    boolean relayEnabled();

    /** The slow poll: how long the relay waits for a NOTIFY before looking again anyway. */
    @WithDefault("5s")
    Duration pollInterval();

    /** Rows sent per round trip; the relay waits for every acknowledgement before deleting them. */
    @WithDefault("200")
    int batchSize();

    /** How long a batch may wait for the broker's acknowledgements before it is retried. */
    @WithDefault("30s")
    Duration sendTimeout();

    /**
     * Prepended to every topic name; the test profile sets {@code test.} so test events never reach a running
     * stack's consumers.
     */
    Optional<String> topicPrefix();

    /** The CloudEvents {@code source} of every event this service publishes. */
    @WithDefault("/stride/kpi-service")
    String source();
}
