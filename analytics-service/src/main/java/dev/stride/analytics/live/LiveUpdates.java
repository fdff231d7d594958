package dev.stride.analytics.live;

import dev.stride.analytics.kpi.KgiProgress;
import dev.stride.analytics.kpi.KpiProgress;
import dev.stride.analytics.team.Viewer;
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

    /** The internal event that makes a stream look again at whom its caller sees. */
    static final String TEAMS_CHANGED = "teams-changed";

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

    /** Tells the tenant's open streams that who sees which KPIs may have changed; never sent to a client. */
    public synchronized void teamsChanged(String tenantId) {
        events.onNext(new LiveEvent(tenantId, TEAMS_CHANGED, null));
    }

    Multi<LiveEvent> of(String tenantId) {
        return events.select().where(event -> event.tenantId().equals(tenantId));
    }

    /** One stream event: its SSE name and JSON data. */
    record LiveEvent(String tenantId, String name, Object data) {

        /** True when the viewer may receive it: a KPI's progress only if they see the KPI; internal events never. */
        boolean visibleTo(Viewer viewer) {
            if (data instanceof KpiProgress progress) {
                return viewer.sees(progress.ownerId(), progress.ownerTeamId(), progress.filters());
            }
            return !TEAMS_CHANGED.equals(name);
        }
    }
}
