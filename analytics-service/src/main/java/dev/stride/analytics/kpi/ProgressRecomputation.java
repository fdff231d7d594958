package dev.stride.analytics.kpi;

import dev.stride.analytics.live.LiveUpdates;
import dev.stride.analytics.live.ProgressPublisher;
import dev.stride.analytics.settings.SettingsStore;
import dev.stride.analytics.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Recomputes the current progress of exactly the KPIs and KGIs a tenant's events touched (their metric, or their own
 * definition), and publishes what changed to {@code kpi.progress} and the live stream. Progress is derived: a failure
 * here is logged and repaired by the next recomputation.
 */
@ApplicationScoped
class ProgressRecomputation {

    private static final Logger LOG = Logger.getLogger(ProgressRecomputation.class);

    private final SettingsStore settings;
    private final ProgressCalculator calculator;
    private final ProgressStore store;
    private final ProgressInputs inputs;
    private final ProgressPublisher publisher;
    private final LiveUpdates live;
    private final KpiDefinitions definitions;
    private final Clock clock;

    ProgressRecomputation(SettingsStore settings, ProgressCalculator calculator,
            ProgressStore store, ProgressInputs inputs, ProgressPublisher publisher, LiveUpdates live,
            KpiDefinitions definitions, Clock clock) {
        this.settings = settings;
        this.calculator = calculator;
        this.store = store;
        this.inputs = inputs;
        this.publisher = publisher;
        this.live = live;
        this.definitions = definitions;
        this.clock = clock;
    }

    /** In a request context of its own: the reads outside a transaction take their database session from it. */
    @ActivateRequestContext
    void recompute(String tenantId, Touched touched) {
        try {
            TenantSettings tenantSettings = settings.of(tenantId);
            Instant now = clock.instant();
            // read before the facts: what is computed below includes every change up to it
            long inputSeq = inputs.latest(tenantId);
            List<KpiProgress> changed = new ArrayList<>();
            for (KpiData kpi : definitions.kpis(tenantId)) {
                if (touched.all() || touched.definitions().contains(kpi.id())
                        || touched.metrics().contains(kpi.metricId())) {
                    KpiProgress progress = calculator.current(tenantId, tenantSettings, kpi, now);
                    if (store.changed(tenantId, progress, now, inputSeq,
                            calculator.validUntil(progress, tenantSettings, now))) {
                        changed.add(progress);
                    }
                }
            }
            List<KgiProgress> changedKgis = new ArrayList<>();
            for (KgiData kgi : definitions.kgis(tenantId)) {
                if (touched.all() || touched.definitions().contains(kgi.id())
                        || touched.metrics().contains(kgi.metricId())) {
                    KgiProgress progress = calculator.kgi(tenantId, tenantSettings, kgi, now);
                    if (store.changed(tenantId, progress, now)) {
                        changedKgis.add(progress);
                    }
                }
            }
            publisher.publish(tenantId, changed, now);
            publisher.publishKgis(tenantId, changedKgis, now);
            live.progressed(tenantId, changed);
            live.kgisProgressed(tenantId, changedKgis);
        } catch (RuntimeException e) {
            LOG.warnf(e, "Could not recompute the KPI progress of tenant %s; the next change will", tenantId);
        }
    }
}
