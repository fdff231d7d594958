package dev.stride.analytics.metric;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.analytics.events.CrmEvents;
import dev.stride.analytics.settings.SettingsStore;
import dev.stride.analytics.settings.TenantSettings;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The engine against a plain recomputation: random CRM histories (creations, qualifications, conversions, wins,
 * losses, reopenings, deletions, completed and open activities, subscriptions with upgrades, downgrades and
 * cancellations, in two currencies with a month missing its rate) are delivered shuffled, a tenth of them twice,
 * through the real topics and consumers; then every metric over several periods and filters must equal
 * {@link PlainMetrics}' recomputation from the final state of each record, and the records behind each figure must
 * reproduce it.
 */
@QuarkusTest
class MetricsAgreeWithPlainRecomputationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final List<LocalDate[]> PERIODS = List.of(
            new LocalDate[] { LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1) },
            new LocalDate[] { LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1) },
            new LocalDate[] { LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1) },
            new LocalDate[] { LocalDate.of(2025, 6, 1), LocalDate.of(2026, 10, 1) },
            new LocalDate[] { LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 1) });
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    @Inject
    MetricEngine engine;

    @Inject
    SettingsStore settings;

    @Inject
    Drilldown drilldown;

    @Test
    void everyMetricEqualsAPlainRecomputationFromTheRawEvents() {
        long randomSeed = System.nanoTime();
        for (long seed : new long[] { 1, 2, 3, randomSeed }) {
            String tenant = "metrics-agree-" + seed + "-" + UUID.randomUUID().toString().substring(0, 8);
            RandomHistory history = new RandomHistory(seed, tenant);
            deliver(history);
            await("seed " + seed).atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).pollInSameThread()
                    .untilAsserted(() -> {
                        List<String> mismatches = mismatches(history);
                        assertTrue(mismatches.isEmpty(), "seed " + seed + ": " + mismatches.size()
                                + " figures differ from the plain recomputation:\n" + String.join("\n",
                                        mismatches.subList(0, Math.min(20, mismatches.size()))));
                    });
        }
    }

    private List<String> mismatches(RandomHistory history) {
        TenantSettings tenantSettings = settings.of(history.tenant);
        Instant now = Instant.now();
        PlainMetrics plain = new PlainMetrics(history, now);
        List<String> mismatches = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            for (PlainMetrics.Filter filter : filters(metric)) {
                for (LocalDate[] period : PERIODS) {
                    MetricValue expected = plain.value(metric, period[0], period[1], filter);
                    MetricValue actual = engine.value(history.tenant, tenantSettings, metric, period[0], period[1],
                            filters(filter), now);
                    if (!agree(expected, actual)) {
                        mismatches.add(metric.id() + " " + period[0] + ".." + period[1] + filter.query()
                                + ": expected " + expected + ", engine " + actual);
                    } else if (metric != Metric.CUSTOMERS_LTV && !close(actual.value(), reproduced(drilldown.records(
                            new MetricEngine.Scope(history.tenant, tenantSettings, period[0], period[1],
                                    filters(filter), now), metric)))) {
                        mismatches.add(metric.id() + " " + period[0] + ".." + period[1] + filter.query()
                                + ": its records do not reproduce " + actual.value());
                    }
                }
            }
        }
        return mismatches;
    }

    /** The figure the records give: the numerator's sum, divided by the denominator's for a ratio. */
    private static BigDecimal reproduced(Drilldown.Sets sets) {
        BigDecimal numerator = sum(sets.numerator());
        if (sets.denominator() == null) {
            return numerator;
        }
        BigDecimal denominator = sum(sets.denominator());
        return denominator.signum() == 0 ? null : numerator.divide(denominator, PlainMetrics.MATH);
    }

    private static BigDecimal sum(List<RecordsResponse.FigureRecord> records) {
        return records.stream().map(RecordsResponse.FigureRecord::value).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static List<PlainMetrics.Filter> filters(Metric metric) {
        List<PlainMetrics.Filter> filters = new ArrayList<>(List.of(PlainMetrics.Filter.NONE));
        for (Metric.Dimension dimension : metric.dimensions()) {
            Object value = switch (dimension) {
                case OWNER -> RandomHistory.OWNERS.getFirst();
                case TEAM -> RandomHistory.TEAMS.getFirst();
                case SOURCE -> RandomHistory.SOURCES.getFirst();
                case PIPELINE -> RandomHistory.PIPELINES.getFirst();
                case ACTIVITY_TYPE -> RandomHistory.ACTIVITY_TYPES.getFirst();
            };
            filters.add(new PlainMetrics.Filter(dimension, value));
        }
        return filters;
    }

    private static MetricFilters filters(PlainMetrics.Filter filter) {
        if (filter.dimension() == null) {
            return MetricFilters.NONE;
        }
        Object value = filter.value();
        return switch (filter.dimension()) {
            case OWNER -> new MetricFilters((String) value, null, null, null, null);
            case TEAM -> new MetricFilters(null, (UUID) value, null, null, null);
            case SOURCE -> new MetricFilters(null, null, (String) value, null, null);
            case PIPELINE -> new MetricFilters(null, null, null, (UUID) value, null);
            case ACTIVITY_TYPE -> new MetricFilters(null, null, null, null, (String) value);
        };
    }

    private static boolean agree(MetricValue expected, MetricValue actual) {
        return close(expected.value(), actual.value()) && expected.provisional() == actual.provisional()
                && expected.leftOut() == actual.leftOut() && expected.lifetimeCapped() == actual.lifetimeCapped();
    }

    private static boolean close(BigDecimal expected, BigDecimal actual) {
        if (expected == null || actual == null) {
            return Objects.equals(expected, actual);
        }
        BigDecimal scale = expected.abs().max(BigDecimal.ONE);
        return expected.subtract(actual).abs().compareTo(TOLERANCE.multiply(scale)) <= 0;
    }

    private static void deliver(RandomHistory history) {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        records.add(history.settings());
        records.addAll(history.deliveries);
        try (KafkaCompanion kafka = new KafkaCompanion(
                ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class))) {
            kafka.produceStrings().fromRecords(records).awaitCompletion(PATIENCE);
        }
    }
}
