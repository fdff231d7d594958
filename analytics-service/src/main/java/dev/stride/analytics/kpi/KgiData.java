package dev.stride.analytics.kpi;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.analytics.metric.Metric;
import dev.stride.analytics.platform.Checks;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What analytics needs of a {@code stride.kpi.kgi.defined.v1} event's data: the final goal, over its own span. A KGI
 * bound to a metric is measured; a manual one carries its current value.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KgiData(UUID id, String name, String metricId, KpiData.Direction direction, BigDecimal baseline,
        BigDecimal target, BigDecimal currentValue, LocalDate startsOn, LocalDate deadline, Long version) {

    /** What makes this definition unusable; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "id", id);
        Checks.required(problems, "name", name);
        Checks.required(problems, "direction", direction);
        Checks.required(problems, "target", target);
        Checks.required(problems, "startsOn", startsOn);
        Checks.required(problems, "deadline", deadline);
        Checks.version(problems, version);
        if (metricId != null && Metric.byId(metricId).isEmpty()) {
            problems.add("metricId is not a metric analytics knows: " + metricId);
        }
        if (startsOn != null && deadline != null && deadline.isBefore(startsOn)) {
            problems.add("deadline " + deadline + " is before startsOn " + startsOn);
        }
        return problems;
    }

    Optional<Metric> metric() {
        return metricId == null ? Optional.empty() : Metric.byId(metricId);
    }
}
