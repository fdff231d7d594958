package dev.stride.kpi.tree;

import dev.stride.kpi.kpi.KpiResponse;
import dev.stride.kpi.kpi.Target;
import dev.stride.kpi.metric.Metric;
import dev.stride.kpi.metric.MetricCatalogue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Whether the KPIs under a goal add up to it: when the goal's metric is a product of metrics its KPIs track (revenue
 * = won deals × average deal size; won deals = leads × conversion × win rate), or the sum of KPIs tracking the same
 * metric (a team split), the children's targets are combined period by period and compared with the goal's target.
 * Pure: it only reads the definitions it is given.
 */
@Schema(name = "DriverCheck", requiredProperties = { "nodeId", "metricId", "formula", "factorKpiIds", "target",
        "derived", "shortfall", "periods", "periodsWithoutTargets" })
public record DriverCheck(
        @Schema(description = "The KGI or KPI checked") UUID nodeId, String metricId,
        @Schema(examples = "deals.won.amount = leads.new × leads.conversion_rate × deals.win_rate × deals.avg_size")
        String formula, List<UUID> factorKpiIds,
        @Schema(description = "The goal's target: a KGI's, or the sum of a KPI's period targets (null when none)",
                nullable = true) BigDecimal target,
        @Schema(description = "What the children's targets give over the same periods") BigDecimal derived,
        @Schema(description = "How much the children fall short of the target; 0 when they add up")
        BigDecimal shortfall,
        List<PeriodCheck> periods,
        @Schema(description = "Periods of the goal where some child has no target (they count as nothing)")
        List<LocalDate> periodsWithoutTargets) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;

    /** The products analytics' metrics are known to make, most specific first. */
    private static final List<List<String>> PRODUCTS = List.of(
            List.of("deals.won.amount", "leads.new", "leads.conversion_rate", "deals.win_rate", "deals.avg_size"),
            List.of("deals.won.amount", "deals.won.count", "deals.avg_size"),
            List.of("deals.won.count", "leads.new", "leads.conversion_rate", "deals.win_rate"));

    @Schema(name = "PeriodCheck", requiredProperties = { "periodStart", "target", "derived", "addsUp" })
    public record PeriodCheck(LocalDate periodStart, @Schema(nullable = true) BigDecimal target, BigDecimal derived,
            boolean addsUp) {
    }

    /**
     * The check of a goal over the periods {@code [from, to)}, or empty when no formula applies to its descendants.
     *
     * @param target the goal's target over the whole span (a KGI's), or null to compare period by period (a KPI's)
     * @param periodTargets the goal's own targets by period (a KPI's), empty for a KGI
     */
    static Optional<DriverCheck> of(UUID nodeId, String metricId, BigDecimal target,
            List<Target> periodTargets, LocalDate from, LocalDate to, List<KpiResponse> descendants) {
        if (metricId == null) {
            return Optional.empty();
        }
        for (List<String> product : PRODUCTS) {
            if (product.getFirst().equals(metricId)) {
                Optional<List<KpiResponse>> factors = factors(product.subList(1, product.size()), descendants);
                if (factors.isPresent()) {
                    return Optional.of(check(nodeId, metricId, metricId + " = " + String.join(" × ",
                            product.subList(1, product.size())), false, target, periodTargets, from, to,
                            factors.get()));
                }
            }
        }
        Metric metric = MetricCatalogue.find(metricId);
        List<KpiResponse> same = descendants.stream().filter(k -> k.metricId().equals(metricId)).toList();
        if (metric != null && metric.kind().cumulative() && same.size() > 1) {
            return Optional.of(check(nodeId, metricId, metricId + " = Σ " + metricId, true, target, periodTargets,
                    from, to, same));
        }
        return Optional.empty();
    }

    /** One KPI per factor metric, all with the same period type; empty when a factor is missing or ambiguous. */
    private static Optional<List<KpiResponse>> factors(List<String> metrics, List<KpiResponse> descendants) {
        List<KpiResponse> found = new ArrayList<>();
        for (String metric : metrics) {
            List<KpiResponse> tracking = descendants.stream().filter(k -> k.metricId().equals(metric)).toList();
            if (tracking.size() != 1) {
                return Optional.empty();
            }
            found.add(tracking.getFirst());
        }
        boolean samePeriods = found.stream().map(KpiResponse::periodType).distinct().count() == 1;
        return samePeriods ? Optional.of(found) : Optional.empty();
    }

    private static DriverCheck check(UUID nodeId, String metricId, String formula, boolean sum,
            BigDecimal target, List<Target> periodTargets, LocalDate from, LocalDate to, List<KpiResponse> factors) {
        List<Map<LocalDate, BigDecimal>> byFactor = factors.stream().map(k -> k.targets().stream()
                .filter(t -> !t.periodStart().isBefore(from) && t.periodStart().isBefore(to))
                .collect(Collectors.toMap(Target::periodStart, Target::value))).toList();
        Map<LocalDate, BigDecimal> own = periodTargets.stream()
                .collect(Collectors.toMap(Target::periodStart, Target::value));
        TreeSet<LocalDate> periods = new TreeSet<>(own.keySet());
        byFactor.forEach(targets -> periods.addAll(targets.keySet()));
        List<PeriodCheck> rows = new ArrayList<>();
        List<LocalDate> missing = new ArrayList<>();
        BigDecimal derivedTotal = BigDecimal.ZERO;
        BigDecimal ownTotal = BigDecimal.ZERO;
        for (LocalDate period : periods) {
            boolean complete = byFactor.stream().allMatch(targets -> targets.containsKey(period));
            if (!complete && !sum) {
                missing.add(period);
                continue;
            }
            BigDecimal derived = combine(byFactor, period, sum);
            BigDecimal goal = own.get(period);
            derivedTotal = derivedTotal.add(derived);
            ownTotal = goal == null ? ownTotal : ownTotal.add(goal);
            rows.add(new PeriodCheck(period, goal, derived, goal == null || derived.compareTo(goal) >= 0));
        }
        BigDecimal goalTotal = target != null ? target : own.isEmpty() ? null : ownTotal;
        BigDecimal shortfall = goalTotal == null ? BigDecimal.ZERO
                : goalTotal.subtract(derivedTotal).max(BigDecimal.ZERO);
        return new DriverCheck(nodeId, metricId, formula, factors.stream().map(KpiResponse::id).toList(), goalTotal,
                derivedTotal, shortfall, rows, missing);
    }

    private static BigDecimal combine(List<Map<LocalDate, BigDecimal>> byFactor, LocalDate period, boolean sum) {
        Function<Map<LocalDate, BigDecimal>, BigDecimal> value = targets -> targets.getOrDefault(period,
                BigDecimal.ZERO);
        return byFactor.stream().map(value).reduce(sum ? BigDecimal.ZERO : BigDecimal.ONE,
                (a, b) -> sum ? a.add(b) : a.multiply(b, PRECISION));
    }
}
