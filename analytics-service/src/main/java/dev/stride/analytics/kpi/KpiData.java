package dev.stride.analytics.kpi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.analytics.metric.Metric;
import dev.stride.analytics.metric.MetricFilters;
import dev.stride.analytics.platform.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What analytics needs of a {@code stride.kpi.kpi.defined.v1} event's data: the KPI's metric, filters, direction,
 * period type and targets. Analytics' own record of kpi-service's contract.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KpiData(UUID id, String name, String ownerId, UUID ownerTeamId, String metricId, MetricFilters filters,
        Direction direction, PeriodType periodType, List<Target> targets, UUID kgiId, UUID ksfId, UUID parentKpiId,
        Long version) {

    /** What makes this definition unusable; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "id", id);
        Checks.required(problems, "name", name);
        Checks.required(problems, "metricId", metricId);
        Checks.required(problems, "direction", direction);
        Checks.required(problems, "periodType", periodType);
        Checks.required(problems, "targets", targets);
        Checks.version(problems, version);
        if (metricId != null && Metric.byId(metricId).isEmpty()) {
            problems.add("metricId is not a metric analytics knows: " + metricId);
        }
        if (targets != null && targets.stream().anyMatch(t -> t == null || t.periodStart() == null
                || t.value() == null)) {
            problems.add("targets need a periodStart and a value each");
        }
        return problems;
    }

    Metric metric() {
        return Metric.byId(metricId).orElseThrow();
    }

    MetricFilters filtersOrNone() {
        return filters != null ? filters : MetricFilters.NONE;
    }

    Optional<BigDecimal> target(LocalDate periodStart) {
        return targets.stream().filter(t -> t.periodStart().equals(periodStart)).map(Target::value).findFirst();
    }

    /** Which way is better: a higher or a lower value. */
    public enum Direction {
        HIGHER, LOWER
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(LocalDate periodStart, BigDecimal value) {
    }
}
