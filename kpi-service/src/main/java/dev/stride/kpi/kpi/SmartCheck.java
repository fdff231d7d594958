package dev.stride.kpi.kpi;

import dev.stride.kpi.kpi.SmartCheckResponse.Criterion;
import dev.stride.kpi.kpi.SmartCheckResponse.Result;
import dev.stride.kpi.kpi.SmartCheckResponse.Suggestion;
import dev.stride.kpi.kpi.SmartCheckResponse.Verdict;
import dev.stride.kpi.metric.Metric;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The SMART judgement of a KPI draft, with no I/O: everything it needs is given (the metric, the goal it serves, the
 * metric's history from analytics, today). Achievable compares the growth the next target needs over the last closed
 * period with the best period-over-period growth ever reached: above it is a warning, above twice it a failure.
 *
 * @param draft the KPI as written; {@code metric} null when its id is not in the catalogue
 * @param goal the name of the KGI or KSF it serves (directly or through parent KPIs), or null
 * @param history the metric's values over past periods, oldest first; empty when analytics could not answer
 */
record SmartCheck(KpiRequest draft, Metric metric, String goal, Optional<List<PeriodValue>> history,
        LocalDate today, SmartMessages text) {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final int MINIMUM_NAME = 3;

    SmartCheckResponse judge(BigDecimal chosenGrowth) {
        return new SmartCheckResponse(List.of(specific(), measurable(), achievable(), related(), timeBound()),
                suggestion(chosenGrowth));
    }

    private Result specific() {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (draft.ownerId() == null && draft.ownerTeamId() == null) {
            return result(Criterion.SPECIFIC, Verdict.FAIL, "specific.noOwner");
        }
        if (name.length() < MINIMUM_NAME) {
            return result(Criterion.SPECIFIC, Verdict.FAIL, "specific.shortName", name);
        }
        if (draft.description() == null || draft.description().isBlank()) {
            return result(Criterion.SPECIFIC, Verdict.WARN, "specific.noDescription");
        }
        if (draft.ownerTeamId() != null && metric != null && metric.filters().contains(Metric.Filter.TEAM)
                && (draft.filters() == null || draft.filters().teamId() == null)) {
            return result(Criterion.SPECIFIC, Verdict.WARN, "specific.teamScope");
        }
        return result(Criterion.SPECIFIC, Verdict.PASS, "specific.pass", metricName());
    }

    private Result measurable() {
        if (metric == null) {
            return result(Criterion.MEASURABLE, Verdict.FAIL, "measurable.unknown", draft.metricId());
        }
        if (history.isEmpty()) {
            return result(Criterion.MEASURABLE, Verdict.WARN, "measurable.unchecked",
                    text.text("source." + metric.source()));
        }
        boolean hasData = history.get().stream().map(PeriodValue::value)
                .anyMatch(value -> value != null && value.signum() != 0);
        String records = text.text("source." + metric.source());
        return hasData ? result(Criterion.MEASURABLE, Verdict.PASS, "measurable.pass", records, metricName())
                : result(Criterion.MEASURABLE, Verdict.WARN, "measurable.noData", records);
    }

    private Result achievable() {
        Target next = nextTarget();
        if (metric == null) {
            return result(Criterion.ACHIEVABLE, Verdict.WARN, "achievable.noHistory");
        }
        if (next == null) {
            return result(Criterion.ACHIEVABLE, Verdict.WARN, "achievable.noTarget");
        }
        if (history.isEmpty()) {
            return result(Criterion.ACHIEVABLE, Verdict.WARN, "achievable.unavailable");
        }
        PeriodValue baseline = baseline();
        if (baseline == null) {
            return result(Criterion.ACHIEVABLE, Verdict.WARN, "achievable.noHistory");
        }
        BigDecimal required = improvement(baseline.value(), next.value());
        BigDecimal best = bestImprovement();
        Verdict verdict = required.compareTo(best.max(BigDecimal.ZERO)) <= 0 ? Verdict.PASS
                : required.compareTo(best.multiply(BigDecimal.TWO)) <= 0 ? Verdict.WARN : Verdict.FAIL;
        return result(Criterion.ACHIEVABLE, verdict, "achievable." + verdict.name().toLowerCase(Locale.ROOT),
                percent(required), baseline.periodStart(), percent(best));
    }

    private Result related() {
        return goal != null ? result(Criterion.RELATED, Verdict.PASS, "related.pass", goal)
                : result(Criterion.RELATED, Verdict.FAIL, "related.fail");
    }

    private Result timeBound() {
        List<Target> targets = draft.targets() == null ? List.of() : draft.targets().stream()
                .filter(t -> t != null && t.periodStart() != null).toList();
        String period = periodName();
        if (targets.isEmpty()) {
            return result(Criterion.TIME_BOUND, Verdict.FAIL, "timebound.noTargets", period);
        }
        LocalDate end = targets.stream().map(t -> periodType().end(t.periodStart())).max(Comparator.naturalOrder())
                .orElseThrow();
        return end.isAfter(today) ? result(Criterion.TIME_BOUND, Verdict.PASS, "timebound.pass", end.minusDays(1))
                : result(Criterion.TIME_BOUND, Verdict.WARN, "timebound.past", period);
    }

    private Suggestion suggestion(BigDecimal chosenGrowth) {
        PeriodValue baseline = metric != null && history.isPresent() ? baseline() : null;
        if (baseline == null) {
            return null;
        }
        BigDecimal growth = chosenGrowth != null ? chosenGrowth : medianChange();
        if (growth == null) {
            return null;
        }
        BigDecimal value = baseline.value().multiply(BigDecimal.ONE.add(growth), PRECISION)
                .setScale(metric.unit() == Metric.Unit.RATE ? 4 : 0, RoundingMode.HALF_UP);
        if (metric.maximum() != null) {
            value = value.min(metric.maximum());
        }
        value = value.max(BigDecimal.ZERO);
        String working = text.text("suggestion.working", baseline.value().stripTrailingZeros().toPlainString(),
                baseline.periodStart(), percent(growth), value.stripTrailingZeros().toPlainString());
        return new Suggestion(baseline.value(), baseline.periodStart(), growth, value, working);
    }

    /** The target of the first period that has not ended yet. */
    private Target nextTarget() {
        return draft.targets() == null ? null : draft.targets().stream().filter(Objects::nonNull)
                .filter(t -> t.periodStart() != null && t.value() != null)
                .filter(t -> periodType().end(t.periodStart()).isAfter(today))
                .min(Comparator.comparing(Target::periodStart)).orElse(null);
    }

    /** The latest past period with a value above zero: what the next target is compared with. */
    private PeriodValue baseline() {
        List<PeriodValue> past = history.orElseThrow();
        for (int i = past.size() - 1; i >= 0; i--) {
            if (past.get(i).value() != null && past.get(i).value().signum() > 0) {
                return past.get(i);
            }
        }
        return null;
    }

    /** How much better {@code to} is than {@code from} in the KPI's direction, as a fraction of {@code from}. */
    private BigDecimal improvement(BigDecimal from, BigDecimal to) {
        BigDecimal change = to.divide(from, PRECISION).subtract(BigDecimal.ONE);
        return direction() == Metric.Direction.LOWER ? change.negate() : change;
    }

    private BigDecimal bestImprovement() {
        return changes().stream().map(change -> direction() == Metric.Direction.LOWER ? change.negate() : change)
                .max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
    }

    private BigDecimal medianChange() {
        List<BigDecimal> changes = changes().stream().sorted().toList();
        return changes.isEmpty() ? null : changes.get(changes.size() / 2);
    }

    /** Period-over-period changes, as fractions, between consecutive periods that both have a value above zero. */
    private List<BigDecimal> changes() {
        List<PeriodValue> past = history.orElseThrow();
        List<BigDecimal> changes = new ArrayList<>();
        for (int i = 1; i < past.size(); i++) {
            BigDecimal before = past.get(i - 1).value();
            BigDecimal after = past.get(i).value();
            if (before != null && after != null && before.signum() > 0) {
                changes.add(after.divide(before, PRECISION).subtract(BigDecimal.ONE));
            }
        }
        return changes;
    }

    private Metric.Direction direction() {
        return draft.direction() != null ? draft.direction() : metric.direction();
    }

    private PeriodType periodType() {
        return draft.periodType() != null ? draft.periodType() : PeriodType.MONTH;
    }

    private String periodName() {
        return text.text("period." + periodType().name());
    }

    private String metricName() {
        return metric == null ? draft.metricId() : text.japanese() ? metric.nameJa() : metric.name();
    }

    private String percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    private Result result(Criterion criterion, Verdict verdict, String key, Object... arguments) {
        return new Result(criterion, verdict, text.text(key, arguments));
    }
}
