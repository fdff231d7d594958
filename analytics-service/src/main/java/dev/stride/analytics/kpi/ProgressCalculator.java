package dev.stride.analytics.kpi;

import dev.stride.analytics.metric.Metric;
import dev.stride.analytics.metric.MetricEngine;
import dev.stride.analytics.metric.MetricFilters;
import dev.stride.analytics.metric.MetricValue;
import dev.stride.analytics.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A KPI's progress in a period, or a KGI's over its span: the metric from {@link MetricEngine}, the maths from
 * {@link Pace}. */
@ApplicationScoped
class ProgressCalculator {

    private final MetricEngine engine;

    ProgressCalculator(MetricEngine engine) {
        this.engine = engine;
    }

    /** Progress in the period that contains the tenant's today. */
    KpiProgress current(String tenantId, TenantSettings settings, KpiData kpi, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        return of(tenantId, settings, kpi, kpi.periodType().startOf(today, settings.fiscalYearStartMonth()), now);
    }

    /** A KGI's progress over its span; a manual KGI's actual is its entered current value. */
    KgiProgress kgi(String tenantId, TenantSettings settings, KgiData kgi, Instant now) {
        LocalDate periodEnd = kgi.deadline().plusDays(1);
        Figures figures = kgi.metric()
                .map(metric -> figures(tenantId, settings, metric, MetricFilters.NONE, kgi.direction(), kgi.target(),
                        kgi.startsOn(), periodEnd, now))
                .orElseGet(() -> new Figures(new MetricValue(kgi.currentValue(), false, 0, false), Pace.of(false,
                        kgi.direction(), kgi.target(), kgi.currentValue(), settings.workingDays(kgi.startsOn(),
                                periodEnd), new TreeMap<>(), periodEnd, LocalDate.ofInstant(now, settings.zone()))));
        Pace.Forecast forecast = figures.pace().forecast();
        return new KgiProgress(kgi.id(), kgi.name(), kgi.metricId(), kgi.direction(), kgi.startsOn(), periodEnd,
                figures.value().value(), kgi.baseline(), kgi.target(), figures.pace().attainment(),
                figures.pace().expected(), forecast != null ? forecast.value() : null,
                forecast != null ? forecast.low() : null, forecast != null ? forecast.high() : null,
                figures.pace().status(), figures.pace().workingDays(), figures.pace().elapsedWorkingDays(),
                figures.value().leftOut());
    }

    /**
     * Until when a progress computed at {@code now} stays what computing it again would give, if no input changes:
     * the tenant's next midnight, when the expected value, the forecast and the status move on by themselves; null
     * for a provisional conversion rate, which turns final when its youngest lead ages past the window, at a moment
     * of its own.
     */
    Instant validUntil(KpiProgress progress, TenantSettings settings, Instant now) {
        return progress.provisional() ? null
                : LocalDate.ofInstant(now, settings.zone()).plusDays(1).atStartOfDay(settings.zone()).toInstant();
    }

    KpiProgress of(String tenantId, TenantSettings settings, KpiData kpi, LocalDate periodStart, Instant now) {
        LocalDate periodEnd = kpi.periodType().end(periodStart);
        Figures both = figures(tenantId, settings, kpi.metric(), kpi.filtersOrNone(), kpi.direction(),
                kpi.target(periodStart).orElse(null), periodStart, periodEnd, now);
        MetricValue value = both.value();
        Pace.Figures figures = both.pace();
        BigDecimal target = kpi.target(periodStart).orElse(null);
        Pace.Forecast forecast = figures.forecast();
        return new KpiProgress(kpi.id(), kpi.name(), kpi.ownerId(), kpi.ownerTeamId(), kpi.filtersOrNone(),
                kpi.metricId(), kpi.direction(), kpi.periodType(), periodStart, periodEnd, value.value(), target,
                figures.attainment(), figures.expected(),
                forecast != null ? forecast.value() : null, forecast != null ? forecast.low() : null,
                forecast != null ? forecast.high() : null, figures.status(), figures.workingDays(),
                figures.elapsedWorkingDays(), value.provisional(), value.leftOut());
    }

    private Figures figures(String tenantId, TenantSettings settings, Metric metric, MetricFilters filters,
            KpiData.Direction direction, BigDecimal target, LocalDate periodStart, LocalDate periodEnd, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        boolean cumulative = metric.kind().cumulative();
        SortedMap<LocalDate, BigDecimal> daily = new TreeMap<>();
        MetricValue value;
        if (cumulative) {
            MetricEngine.DailyValues days = engine.daily(tenantId, settings, metric, periodStart, periodEnd, filters);
            daily = days.values();
            value = new MetricValue(days.total(), false, days.leftOut(), false);
        } else {
            value = engine.value(tenantId, settings, metric, periodStart, periodEnd, filters, now);
        }
        List<LocalDate> workingDays = settings.workingDays(periodStart, periodEnd);
        return new Figures(value, Pace.of(cumulative, direction, target, value.value(), workingDays, daily,
                periodEnd, today));
    }

    private record Figures(MetricValue value, Pace.Figures pace) {
    }
}
