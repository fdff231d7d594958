package dev.stride.analytics.kpi;

import dev.stride.analytics.live.LiveUpdates;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Where the consumers hand over what a committed batch touched: the live stream hears of the changed metrics at once,
 * and the touched KPIs and KGIs are recomputed by one worker of their own, so consuming never waits on recomputation.
 * What piles up while the worker is busy is merged per tenant, so each tenant is recomputed once for all of it: under
 * load progress is as current as one recomputation takes, and ingest does not slow down with the size of a period.
 */
@ApplicationScoped
public class ProgressTracker {

    private static final Logger LOG = Logger.getLogger(ProgressTracker.class);

    private final ProgressRecomputation recomputation;
    private final LiveUpdates live;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            runnable -> Thread.ofPlatform().name("kpi-progress").daemon().unstarted(runnable));
    /** Tenants waiting for recomputation, with everything their batches touched; guarded by {@code this}. */
    private final Map<String, Touched> pending = new LinkedHashMap<>();
    private boolean draining;

    ProgressTracker(ProgressRecomputation recomputation, LiveUpdates live) {
        this.recomputation = recomputation;
        this.live = live;
    }

    /** Called once per tenant of a committed batch (or a rebuild); returns at once. */
    public void touched(String tenantId, Touched touched) {
        live.changed(tenantId, touched.metrics());
        if (touched.teams()) {
            live.teamsChanged(tenantId);
        }
        if (!touched.progress()) {
            return;
        }
        synchronized (this) {
            pending.merge(tenantId, touched, Touched::and);
            if (!draining) {
                draining = true;
                worker.execute(this::drain);
            }
        }
    }

    private void drain() {
        while (true) {
            Map.Entry<String, Touched> next;
            synchronized (this) {
                Iterator<Map.Entry<String, Touched>> waiting = pending.entrySet().iterator();
                if (!waiting.hasNext()) {
                    draining = false;
                    return;
                }
                next = waiting.next();
                waiting.remove();
            }
            try {
                recomputation.recompute(next.getKey(), next.getValue());
            } catch (RuntimeException e) {
                LOG.warnf(e, "Could not recompute the KPI progress of tenant %s; the next change will", next.getKey());
            }
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
