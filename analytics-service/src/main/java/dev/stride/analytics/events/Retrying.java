package dev.stride.analytics.events;

import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * Runs an action until it succeeds, waiting 0.5 s after the first failure and twice as long after each next one, up
 * to 30 s. For work that must not be skipped (committing a batch, parking a dead letter): the partition waits.
 */
final class Retrying {

    private static final Logger LOG = Logger.getLogger(Retrying.class);
    private static final Duration FIRST = Duration.ofMillis(500);
    private static final Duration MAX = Duration.ofSeconds(30);

    private Retrying() {
    }

    static void run(String what, Runnable action) {
        Duration backoff = FIRST;
        while (true) {
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not %s; retrying in %s", what, backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting to " + what, interrupted);
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX) > 0 ? MAX : backoff.multipliedBy(2);
            }
        }
    }
}
