package dev.stride.analytics.metric;

import dev.stride.analytics.AnalyticsConfig;
import dev.stride.analytics.deal.DealFact;
import dev.stride.analytics.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** Computes the metrics of ../shared/METRICS.md for the caller's tenant (the tenant filter scopes every query). */
@ApplicationScoped
class MetricService {

    /** The catalogue of metrics served so far, by id: each counts facts whose instant falls in [start, end). */
    private static final Map<String, BiFunction<Instant, Instant, Number>> METRICS = new TreeMap<>(Map.of(
            "deals.created", DealFact::createdBetween,
            "deals.won.count", DealFact::wonBetween));

    private final AnalyticsConfig config;
    private final Clock clock;

    MetricService(AnalyticsConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    MetricResponse value(String metricId, LocalDate from, LocalDate to) {
        BiFunction<Instant, Instant, Number> metric = METRICS.get(metricId);
        if (metric == null) {
            throw new ProblemException.NotFound("Metric", metricId + " (available: " + String.join(", ",
                    METRICS.keySet()) + ")");
        }
        ZoneId zone = config.defaultTimeZone();
        LocalDate start = from != null ? from : LocalDate.now(clock.withZone(zone)).withDayOfMonth(1);
        LocalDate end = to != null ? to : start.plusMonths(1);
        if (!start.isBefore(end)) {
            throw new ProblemException.InvalidField(to != null ? "to" : "from",
                    "the period must end after it starts (from " + start + " is not before to " + end + ")");
        }
        Number value = metric.apply(start.atStartOfDay(zone).toInstant(), end.atStartOfDay(zone).toInstant());
        return new MetricResponse(metricId, start, end, zone.getId(), value);
    }
}
