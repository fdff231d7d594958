package dev.stride.analytics.kpi;

import dev.stride.analytics.platform.CurrentTenant;
import dev.stride.analytics.platform.ProblemException;
import dev.stride.analytics.settings.SettingsStore;
import dev.stride.analytics.settings.TenantSettings;
import dev.stride.analytics.team.Teams;
import dev.stride.analytics.team.Viewer;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * KPI progress for the caller's tenant, always as computing it now would give: the progress kept current after each
 * change where nothing it depends on has changed since, and where something has (or midnight passed), computed now and
 * handed to the tracker to be kept current again. So reading a whole tree costs a few rows, not a metric per KPI.
 */
@ApplicationScoped
class ProgressService {

    private final CurrentTenant tenant;
    private final SettingsStore settings;
    private final ProgressCalculator calculator;
    private final ProgressStore store;
    private final ProgressInputs inputs;
    private final ProgressTracker tracker;
    private final Teams teams;
    private final SecurityIdentity identity;
    private final KpiDefinitions definitions;
    private final Clock clock;

    ProgressService(CurrentTenant tenant, SettingsStore settings, ProgressCalculator calculator, ProgressStore store,
            ProgressInputs inputs, ProgressTracker tracker, Teams teams, SecurityIdentity identity,
            KpiDefinitions definitions, Clock clock) {
        this.tenant = tenant;
        this.settings = settings;
        this.calculator = calculator;
        this.store = store;
        this.inputs = inputs;
        this.tracker = tracker;
        this.teams = teams;
        this.identity = identity;
        this.definitions = definitions;
        this.clock = clock;
    }

    /**
     * The progress in its current period of every KPI the caller sees, by name: each a {@link KpiProgress}, or the
     * stored JSON of one ({@link ProgressStore.Stored#progress()}).
     */
    List<Object> current() {
        String tenantId = tenant.id();
        TenantSettings tenantSettings = settings.of(tenantId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, tenantSettings.zone());
        Viewer viewer = teams.viewer(tenant, identity);
        List<KpiData> kpis = definitions.kpis(tenantId).stream()
                .filter(kpi -> viewer.sees(kpi.ownerId(), kpi.ownerTeamId(), kpi.filtersOrNone())).toList();
        Set<String> dependsOn = new HashSet<>();
        kpis.forEach(kpi -> {
            dependsOn.add(kpi.metricId());
            dependsOn.add(kpi.id().toString());
        });
        ProgressInputs.Changes changes = inputs.of(tenantId, dependsOn);
        Map<ProgressStore.Key, ProgressStore.Stored> stored = store.kpis(tenantId, now);
        Map<UUID, Object> progress = new HashMap<>();
        Set<UUID> outdated = new HashSet<>();
        for (KpiData kpi : kpis) {
            LocalDate periodStart = kpi.periodType().startOf(today, tenantSettings.fiscalYearStartMonth());
            ProgressStore.Stored kept = stored.get(new ProgressStore.Key(kpi.id(), periodStart));
            if (kept != null && kept.current(now, changes.of(kpi.metricId(), kpi.id()))) {
                progress.put(kpi.id(), kept.progress());
                continue;
            }
            progress.put(kpi.id(), calculator.of(tenantId, tenantSettings, kpi, periodStart, now));
            if (kept == null || !kept.momentary()) {
                outdated.add(kpi.id());
            }
        }
        if (!outdated.isEmpty()) {
            tracker.touched(tenantId, Touched.definitions(outdated));
        }
        return kpis.stream().sorted(Comparator.comparing(KpiData::name).thenComparing(KpiData::id))
                .map(kpi -> progress.get(kpi.id())).toList();
    }

    /** Every KGI's progress over its span, by name. */
    List<KgiProgress> kgis() {
        TenantSettings tenantSettings = settings.of(tenant.id());
        Instant now = clock.instant();
        return definitions.kgis(tenant.id()).stream()
                .map(kgi -> calculator.kgi(tenant.id(), tenantSettings, kgi, now))
                .sorted(Comparator.comparing(KgiProgress::name).thenComparing(KgiProgress::kgiId))
                .toList();
    }

    /**
     * One KPI's progress in the period starting on {@code periodStart}, or in its current period; a KPI the caller
     * does not see is not found, as one of another tenant.
     */
    KpiProgress of(UUID kpiId, LocalDate periodStart) {
        KpiData kpi = definitions.kpi(tenant.id(), kpiId);
        Viewer viewer = teams.viewer(tenant, identity);
        if (kpi == null || !viewer.sees(kpi.ownerId(), kpi.ownerTeamId(), kpi.filtersOrNone())) {
            throw new ProblemException.NotFound("KPI", kpiId);
        }
        TenantSettings tenantSettings = settings.of(tenant.id());
        Instant now = clock.instant();
        if (periodStart == null) {
            return calculator.current(tenant.id(), tenantSettings, kpi, now);
        }
        LocalDate start = kpi.periodType().startOf(periodStart, tenantSettings.fiscalYearStartMonth());
        if (!start.equals(periodStart)) {
            throw new ProblemException.InvalidField("periodStart", periodStart + " does not start a "
                    + kpi.periodType().name().toLowerCase() + " of the tenant's fiscal year; that period starts on "
                    + start);
        }
        return calculator.of(tenant.id(), tenantSettings, kpi, periodStart, now);
    }
}
