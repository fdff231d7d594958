package dev.stride.analytics.kpi;

import dev.stride.analytics.metric.MetricEngine;
import dev.stride.analytics.metric.MetricValue;
import dev.stride.analytics.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/** A KPI's progress in a period: the metric from {@link MetricEngine}, the maths from {@link Pace}. */
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

    KpiProgress of(String tenantId, TenantSettings settings, KpiData kpi, LocalDate periodStart, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        LocalDate periodEnd = kpi.periodType().end(periodStart);
        boolean cumulative = kpi.metric().kind().cumulative();
        SortedMap<LocalDate, BigDecimal> daily = new TreeMap<>();
        MetricValue value;
        if (cumulative) {
            MetricEngine.DailyValues days = engine.daily(tenantId, settings, kpi.metric(), periodStart, periodEnd,
                    kpi.filtersOrNone());
            daily = days.values();
            value = new MetricValue(days.total(), false, days.leftOut(), false);
        } else {
            value = engine.value(tenantId, settings, kpi.metric(), periodStart, periodEnd, kpi.filtersOrNone(), now);
        }
        List<LocalDate> workingDays = settings.workingDays(periodStart, periodEnd);
        BigDecimal target = kpi.target(periodStart).orElse(null);
        Pace.Figures figures = Pace.of(cumulative, kpi.direction(), target, value.value(), workingDays, daily,
                periodEnd, today);
        Pace.Forecast forecast = figures.forecast();
        return new KpiProgress(kpi.id(), kpi.name(), kpi.metricId(), kpi.direction(), kpi.periodType(), periodStart,
                periodEnd, value.value(), target, figures.attainment(), figures.expected(),
                forecast != null ? forecast.value() : null, forecast != null ? forecast.low() : null,
                forecast != null ? forecast.high() : null, figures.status(), figures.workingDays(),
                figures.elapsedWorkingDays(), value.provisional(), value.leftOut());
    }
}
