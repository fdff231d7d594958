package dev.stride.analytics.kpi;

import dev.stride.analytics.AnalyticsConfig;
import dev.stride.analytics.live.LiveUpdates;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import org.jboss.logging.Logger;

/**
 * Where the consumers hand over what a committed batch touched: the live stream hears of the changed metrics at once,
 * and the touched KPIs and KGIs are recomputed by one worker of their own, so consuming never waits on recomputation.
 *
 * <p>A tenant is recomputed at most once per {@code stride.analytics.progress-interval}: what its batches touch
 * meanwhile is merged and recomputed in one go when the interval since its last recomputation has passed (at once when
 * it has already). Under a steady stream of changes a tenant's progress then costs a fixed number of recomputations a
 * second however many batches arrive, and is never older than one interval plus one recomputation; a quiet tenant's
 * first change is recomputed at once. Tenants never wait for each other's intervals.
 */
@ApplicationScoped
public class ProgressTracker {

    private static final Logger LOG = Logger.getLogger(ProgressTracker.class);

    private final BiConsumer<String, Touched> recomputation;
    private final LiveUpdates live;
    private final long intervalNanos;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            runnable -> Thread.ofPlatform().name("kpi-progress").daemon().unstarted(runnable));
    /** Tenants with a recomputation scheduled, with everything touched since it was; guarded by {@code this}. */
    private final Map<String, Touched> pending = new HashMap<>();
    /** When each tenant's last recomputation started ({@link System#nanoTime}); guarded by {@code this}. */
    private final Map<String, Long> lastStarted = new HashMap<>();

    @Inject
    ProgressTracker(ProgressRecomputation recomputation, LiveUpdates live, AnalyticsConfig config) {
        this(recomputation::recompute, live, config.progressInterval());
    }

    ProgressTracker(BiConsumer<String, Touched> recomputation, LiveUpdates live, Duration interval) {
        this.recomputation = recomputation;
        this.live = live;
        this.intervalNanos = interval.toNanos();
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
        long delay;
        synchronized (this) {
            Touched scheduled = pending.get(tenantId);
            if (scheduled != null) {
                pending.put(tenantId, scheduled.and(touched));
                return;
            }
            pending.put(tenantId, touched);
            Long last = lastStarted.get(tenantId);
            delay = last == null ? 0 : Math.max(0, last + intervalNanos - System.nanoTime());
        }
        worker.schedule(() -> recompute(tenantId), delay, TimeUnit.NANOSECONDS);
    }

    private void recompute(String tenantId) {
        Touched touched;
        synchronized (this) {
            touched = pending.remove(tenantId);
            lastStarted.put(tenantId, System.nanoTime());
        }
        try {
            recomputation.accept(tenantId, touched);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not recompute the KPI progress of tenant %s; the next change will", tenantId);
        }
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
