package dev.stride.analytics.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Tells live clients of a tenant that some of its figures changed, right after the consumer committed them. In-process:
 * every analytics replica consumes every partition it owns and notifies its own clients.
 */
@ApplicationScoped
public class LiveUpdates {

    private final BroadcastProcessor<MetricsChanged> changes = BroadcastProcessor.create();

    /** Announces committed changes; called by the consumers, one batch at a time. */
    public synchronized void changed(String tenantId, Set<String> metrics) {
        changes.onNext(new MetricsChanged(tenantId, metrics));
    }

    Multi<MetricsChanged> of(String tenantId) {
        return changes.select().where(change -> change.tenantId().equals(tenantId));
    }
}
