package dev.stride.analytics.kpi;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.ArrayList;
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
    private final ObjectMapper json;
    private final Clock clock;

    ProgressService(CurrentTenant tenant, SettingsStore settings, ProgressCalculator calculator, ProgressStore store,
            ProgressInputs inputs, ProgressTracker tracker, Teams teams, SecurityIdentity identity, ObjectMapper json,
            Clock clock) {
        this.tenant = tenant;
        this.settings = settings;
        this.calculator = calculator;
        this.store = store;
        this.inputs = inputs;
        this.tracker = tracker;
        this.teams = teams;
        this.identity = identity;
        this.json = json;
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
        ProgressInputs.Changes changes = inputs.of(tenantId);
        Map<ProgressStore.Key, ProgressStore.Stored> stored = store.kpis(tenantId, now);
        List<KpiData> kpis = new ArrayList<>();
        Map<UUID, Object> progress = new HashMap<>();
        Set<UUID> outdated = new HashSet<>();
        Viewer viewer = teams.viewer(tenant, identity);
        for (KpiData kpi : KpiDefinition.all(tenantId, json)) {
            if (!viewer.sees(kpi.ownerId(), kpi.ownerTeamId(), kpi.filtersOrNone())) {
                continue;
            }
            LocalDate periodStart = kpi.periodType().startOf(today, tenantSettings.fiscalYearStartMonth());
            kpis.add(kpi);
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
        return KgiDefinition.all(json).stream()
                .map(kgi -> calculator.kgi(tenant.id(), tenantSettings, kgi, now))
                .sorted(Comparator.comparing(KgiProgress::name).thenComparing(KgiProgress::kgiId))
                .toList();
    }

    /**
     * One KPI's progress in the period starting on {@code periodStart}, or in its current period; a KPI the caller
     * does not see is not found, as one of another tenant.
     */
    KpiProgress of(UUID kpiId, LocalDate periodStart) {
        KpiDefinition definition = KpiDefinition.findById(kpiId);
        if (definition == null) {
            throw new ProblemException.NotFound("KPI", kpiId);
        }
        KpiData kpi = definition.read(json);
        if (!teams.viewer(tenant, identity).sees(kpi.ownerId(), kpi.ownerTeamId(), kpi.filtersOrNone())) {
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
