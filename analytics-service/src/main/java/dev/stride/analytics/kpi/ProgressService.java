package dev.stride.analytics.kpi;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stride.analytics.platform.CurrentTenant;
import dev.stride.analytics.platform.ProblemException;
import dev.stride.analytics.settings.SettingsStore;
import dev.stride.analytics.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** KPI progress for the caller's tenant, computed when asked, so pace and forecast are always as of now. */
@ApplicationScoped
class ProgressService {

    private final CurrentTenant tenant;
    private final SettingsStore settings;
    private final ProgressCalculator calculator;
    private final ObjectMapper json;
    private final Clock clock;

    ProgressService(CurrentTenant tenant, SettingsStore settings, ProgressCalculator calculator, ObjectMapper json,
            Clock clock) {
        this.tenant = tenant;
        this.settings = settings;
        this.calculator = calculator;
        this.json = json;
        this.clock = clock;
    }

    /** Every KPI's progress in its current period, by name. */
    List<KpiProgress> current() {
        TenantSettings tenantSettings = settings.of(tenant.id());
        Instant now = clock.instant();
        return KpiDefinition.all(json).stream()
                .map(kpi -> calculator.current(tenant.id(), tenantSettings, kpi, now))
                .sorted(Comparator.comparing(KpiProgress::name).thenComparing(KpiProgress::kpiId))
                .toList();
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

    /** One KPI's progress in the period starting on {@code periodStart}, or in its current period. */
    KpiProgress of(UUID kpiId, LocalDate periodStart) {
        KpiDefinition definition = KpiDefinition.findById(kpiId);
        if (definition == null) {
            throw new ProblemException.NotFound("KPI", kpiId);
        }
        KpiData kpi = definition.read(json);
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
