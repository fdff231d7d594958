package dev.stride.kpi.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.kpi.kpi.SmartCheckResponse.Criterion;
import dev.stride.kpi.kpi.SmartCheckResponse.Result;
import dev.stride.kpi.kpi.SmartCheckResponse.Verdict;
import dev.stride.kpi.metric.Metric;
import dev.stride.kpi.metric.MetricCatalogue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SmartCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final SmartMessages ENGLISH = SmartMessages.forLanguages(List.of(Locale.ENGLISH));
    private static final SmartMessages JAPANESE = SmartMessages.forLanguages(List.of(Locale.JAPAN));
    /** Leads per month: 100 in August, 105 in September, 110 in October (best growth: +5 %). */
    private static final List<PeriodValue> GROWING = List.of(month(8, 100), month(9, 105), month(10, 110));

    @Test
    void aTargetWithinTheBestGrowthSeenPassesAboveItWarnsAboveTwiceItFails() {
        assertEquals(Verdict.PASS, achievable(draft("leads.new", 115), GROWING).verdict());
        assertEquals(Verdict.WARN, achievable(draft("leads.new", 120), GROWING).verdict());
        assertEquals(Verdict.FAIL, achievable(draft("leads.new", 130), GROWING).verdict());
        assertEquals("It needs 18.2 % growth over the last period (2026-10-01), more than twice the best you have "
                + "reached (5.0 %).", achievable(draft("leads.new", 130), GROWING).explanation());
    }

    @Test
    void forALowerIsBetterMetricTheNeededReductionIsWhatCounts() {
        List<PeriodValue> churn = List.of(rate(9, "0.05"), rate(10, "0.045"));

        assertEquals(Verdict.PASS, achievable(draft("customers.churn_rate", "0.042"), churn).verdict());
        assertEquals(Verdict.WARN, achievable(draft("customers.churn_rate", "0.04"), churn).verdict());
        assertEquals(Verdict.FAIL, achievable(draft("customers.churn_rate", "0.03"), churn).verdict());
    }

    @Test
    void whenAnalyticsCannotAnswerAchievableAndMeasurableWarnAndNothingFails() {
        SmartCheckResponse answer = check(draft("leads.new", 200), Optional.empty(), ENGLISH);

        assertEquals(Verdict.WARN, verdict(answer, Criterion.ACHIEVABLE));
        assertTrue(explanation(answer, Criterion.ACHIEVABLE).contains("could not answer in time"));
        assertEquals(Verdict.WARN, verdict(answer, Criterion.MEASURABLE));
        assertNull(answer.suggestedTarget());
    }

    @Test
    void explanationsAreInTheCallersLanguage() {
        SmartCheckResponse answer = check(draft("leads.new", 130), Optional.of(GROWING), JAPANESE);

        assertEquals("直近の期（2026-10-01）から 18.2 % の伸びが必要で、これまでの最高 5.0 % の2倍を超えます。",
                explanation(answer, Criterion.ACHIEVABLE));
        assertTrue(explanation(answer, Criterion.MEASURABLE).contains("新規リード数"));
        assertEquals("110（2026-10-01）×（1 + 5.0 %）= 116", answer.suggestedTarget().working());
    }

    @Test
    void specificRelatedAndTimeBoundSayWhatIsMissing() {
        KpiRequest bare = new KpiRequest("Ld", null, null, null, "leads.new", null, null, null, List.of(), null,
                null, null, null, null);
        SmartCheckResponse answer = new SmartCheck(bare, MetricCatalogue.find("leads.new"), null,
                Optional.of(GROWING), TODAY, ENGLISH).judge(null);

        assertEquals(Verdict.FAIL, verdict(answer, Criterion.SPECIFIC));
        assertTrue(explanation(answer, Criterion.SPECIFIC).contains("owner"));
        assertEquals(Verdict.FAIL, verdict(answer, Criterion.RELATED));
        assertEquals(Verdict.FAIL, verdict(answer, Criterion.TIME_BOUND));
        assertEquals(Verdict.PASS, verdict(check(draft("leads.new", 115), Optional.of(GROWING), ENGLISH),
                Criterion.SPECIFIC));
    }

    @Test
    void anUnknownMetricFailsMeasurable() {
        SmartCheckResponse answer = new SmartCheck(draft("leads.magic", 1), null, "the KGI \"x\"",
                Optional.of(List.of()), TODAY, ENGLISH).judge(null);

        assertEquals(Verdict.FAIL, verdict(answer, Criterion.MEASURABLE));
        assertNull(answer.suggestedTarget());
    }

    @Test
    void theSuggestedTargetIsTheBaselineGrownByTheChosenGrowth() {
        SmartCheckResponse answer = check(draft("leads.new", 115), Optional.of(GROWING), ENGLISH, "0.2");

        assertEquals(new BigDecimal("132"), answer.suggestedTarget().value());
        assertEquals("110 (2026-10-01) × (1 + 20.0 %) = 132", answer.suggestedTarget().working());
    }

    /** Asking for more never makes a target look more achievable. */
    @Property
    void aHigherTargetNeverGetsABetterVerdict(@ForAll @Size(min = 1, max = 12) List<@IntRange(max = 10_000) Integer>
            history, @ForAll @IntRange(max = 20_000) int target, @ForAll @IntRange(min = 1, max = 5_000) int more) {
        List<PeriodValue> past = new ArrayList<>();
        for (int i = 0; i < history.size(); i++) {
            past.add(new PeriodValue(LocalDate.of(2025, 11, 1).plusMonths(i), BigDecimal.valueOf(history.get(i))));
        }
        Verdict lower = achievable(draft("leads.new", target), past).verdict();
        Verdict higher = achievable(draft("leads.new", target + more), past).verdict();

        assertTrue(higher.compareTo(lower) >= 0, lower + " for " + target + " but " + higher + " for more");
    }

    private static Result achievable(KpiRequest draft, List<PeriodValue> history) {
        return check(draft, Optional.of(history), ENGLISH).criteria().stream()
                .filter(r -> r.criterion() == Criterion.ACHIEVABLE).findFirst().orElseThrow();
    }

    private static SmartCheckResponse check(KpiRequest draft, Optional<List<PeriodValue>> history,
            SmartMessages text, String... growth) {
        Metric metric = MetricCatalogue.find(draft.metricId());
        return new SmartCheck(draft, metric, "the KSF \"More leads\"", history, TODAY, text)
                .judge(growth.length == 0 ? null : new BigDecimal(growth[0]));
    }

    /** A complete draft of the metric with one target for December 2026 (the next open month). */
    private static KpiRequest draft(String metricId, Object target) {
        return new KpiRequest("Monthly " + metricId, "What it counts and why", "owner-1", null, metricId, null, null,
                null, List.of(new Target(LocalDate.of(2026, 12, 1), new BigDecimal(target.toString()))), null,
                UUID.randomUUID(), null, null, null);
    }

    private static Verdict verdict(SmartCheckResponse answer, Criterion criterion) {
        return answer.criteria().stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow().verdict();
    }

    private static String explanation(SmartCheckResponse answer, Criterion criterion) {
        return answer.criteria().stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow()
                .explanation();
    }

    private static PeriodValue month(int month, int value) {
        return new PeriodValue(LocalDate.of(2026, month, 1), BigDecimal.valueOf(value));
    }

    private static PeriodValue rate(int month, String value) {
        return new PeriodValue(LocalDate.of(2026, month, 1), new BigDecimal(value));
    }
}
