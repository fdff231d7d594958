package dev.stride.kpi.kpi;

import dev.stride.kpi.goal.GoalService;
import dev.stride.kpi.metric.Metric;
import dev.stride.kpi.metric.MetricCatalogue;
import dev.stride.kpi.platform.ProblemException;
import dev.stride.kpi.settings.SettingsService;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** The SMART check of a draft or a saved KPI: gathers what {@link SmartCheck} judges on. */
@ApplicationScoped
class SmartService {

    private static final BigDecimal LOWEST_GROWTH = BigDecimal.ONE.negate();
    private static final BigDecimal HIGHEST_GROWTH = BigDecimal.TEN;
    /** A KPI chain deeper than this is not a tree a person keeps; the walk up stops there. */
    private static final int MAX_DEPTH = 50;

    private final MetricHistory history;
    private final GoalService goals;
    private final SettingsService settings;

    SmartService(MetricHistory history, GoalService goals, SettingsService settings) {
        this.history = history;
        this.goals = goals;
        this.settings = settings;
    }

    SmartCheckResponse check(KpiRequest draft, BigDecimal growth, List<Locale> languages) {
        if (growth != null && (growth.compareTo(LOWEST_GROWTH) < 0 || growth.compareTo(HIGHEST_GROWTH) > 0)) {
            throw new ProblemException.InvalidField("growth", "must be a fraction from -1 to 10 (0.1 is 10 %)");
        }
        SmartMessages text = SmartMessages.forLanguages(languages);
        Metric metric = MetricCatalogue.find(draft.metricId());
        LocalDate today = settings.today();
        Optional<List<PeriodValue>> past = metric == null ? Optional.of(List.of())
                : history.of(metric.id(), type(draft), pastPeriods(type(draft), today));
        return new SmartCheck(draft, metric, goal(draft, text), past, today, text).judge(growth);
    }

    SmartCheckResponse check(UUID kpiId, BigDecimal growth, List<Locale> languages) {
        Kpi kpi = Kpi.findById(kpiId);
        if (kpi == null) {
            throw new ProblemException.NotFound("KPI", kpiId);
        }
        return check(new KpiRequest(kpi.name, kpi.description, kpi.ownerId, kpi.ownerTeamId, kpi.metricId,
                kpi.filters, kpi.direction, kpi.periodType, kpi.targets, kpi.kgiId, kpi.ksfId, kpi.parentKpiId,
                kpi.benchmarks, kpi.reviewCadence), growth, languages);
    }

    /** The KGI or KSF the KPI serves, directly or through its parent KPIs, named for people; null when none. */
    private String goal(KpiRequest draft, SmartMessages text) {
        UUID kgi = draft.kgiId();
        UUID ksf = draft.ksfId();
        UUID parent = draft.parentKpiId();
        for (int depth = 0; kgi == null && ksf == null && parent != null && depth < MAX_DEPTH; depth++) {
            Kpi above = Kpi.findById(parent);
            if (above == null) {
                return null;
            }
            kgi = above.kgiId;
            ksf = above.ksfId;
            parent = above.parentKpiId;
        }
        String name = kgi != null ? goals.kgiName(kgi) : ksf != null ? goals.ksfName(ksf) : null;
        return name == null ? null : text.text(kgi != null ? "goal.KGI" : "goal.KSF", name);
    }

    private static PeriodType type(KpiRequest draft) {
        return draft.periodType() != null ? draft.periodType() : PeriodType.MONTH;
    }

    /** The closed periods before the current one, oldest first. */
    private List<LocalDate> pastPeriods(PeriodType type, LocalDate today) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate start = type.startOf(today, settings.fiscalYearStartMonth());
        for (int i = 0; i < type.historyLength(); i++) {
            start = type.previous(start);
            starts.add(start);
        }
        Collections.reverse(starts);
        return starts;
    }
}
