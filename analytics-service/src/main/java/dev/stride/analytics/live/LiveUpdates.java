package dev.stride.analytics.live;

import dev.stride.analytics.kpi.KgiProgress;
import dev.stride.analytics.kpi.KpiProgress;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;

/**
 * Tells live clients of a tenant what changed, right after the consumer committed it. In-process: every analytics
 * replica consumes the partitions it owns and notifies its own clients.
 */
@ApplicationScoped
public class LiveUpdates {

    private final BroadcastProcessor<LiveEvent> events = BroadcastProcessor.create();

    /** Announces metrics whose values changed; called by the consumers, one batch at a time. */
    public synchronized void changed(String tenantId, Set<String> metrics) {
        if (!metrics.isEmpty()) {
            events.onNext(new LiveEvent(tenantId, "metrics-changed", new MetricsChanged(metrics)));
        }
    }

    /** Announces KPIs whose progress changed, one event each. */
    public synchronized void progressed(String tenantId, List<KpiProgress> progress) {
        progress.forEach(kpi -> events.onNext(new LiveEvent(tenantId, "progress", kpi)));
    }

    /** Announces KGIs whose progress changed, one event each. */
    public synchronized void kgisProgressed(String tenantId, List<KgiProgress> progress) {
        progress.forEach(kgi -> events.onNext(new LiveEvent(tenantId, "kgi-progress", kgi)));
    }

    Multi<LiveEvent> of(String tenantId) {
        return events.select().where(event -> event.tenantId().equals(tenantId));
    }

    /** One stream event: its SSE name and JSON data. */
    record LiveEvent(String tenantId, String name, Object data) {
    }
}
