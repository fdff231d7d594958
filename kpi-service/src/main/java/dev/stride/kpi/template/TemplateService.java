package dev.stride.kpi.template;

import dev.stride.kpi.goal.GoalService;
import dev.stride.kpi.goal.KgiRequest;
import dev.stride.kpi.goal.KgiResponse;
import dev.stride.kpi.goal.KsfRequest;
import dev.stride.kpi.goal.KsfResponse;
import dev.stride.kpi.kpi.KpiRequest;
import dev.stride.kpi.kpi.KpiService;
import dev.stride.kpi.kpi.PeriodType;
import dev.stride.kpi.kpi.Target;
import dev.stride.kpi.platform.CurrentTenant;
import dev.stride.kpi.platform.ProblemException;
import dev.stride.kpi.settings.SettingsService;
import dev.stride.kpi.template.Template.Factor;
import dev.stride.kpi.template.Template.Measure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates a whole goal tree from a template in one transaction, through the same services (and so the same checks,
 * versions and events) as one-by-one definitions: the KGI over the current fiscal year, owned by the caller, and a
 * monthly target for every month of that year, so the KPIs add up to the KGI (the months that already ended are frozen
 * at once).
 */
@ApplicationScoped
class TemplateService {

    private static final BigDecimal MAXIMUM_REVENUE = new BigDecimal("1e15");

    private final GoalService goals;
    private final KpiService kpis;
    private final SettingsService settings;
    private final CurrentTenant tenant;

    TemplateService(GoalService goals, KpiService kpis, SettingsService settings, CurrentTenant tenant) {
        this.goals = goals;
        this.kpis = kpis;
        this.settings = settings;
        this.tenant = tenant;
    }

    List<TemplateResponse> all(boolean japanese) {
        return Templates.ids().stream().map(id -> TemplateResponse.from(Templates.of(id, Templates.DEFAULT_REVENUE),
                japanese)).toList();
    }

    @Transactional
    KgiResponse apply(String id, BigDecimal revenue, boolean japanese) {
        if (revenue != null && (revenue.signum() <= 0 || revenue.compareTo(MAXIMUM_REVENUE) > 0)) {
            throw new ProblemException.InvalidField("revenue", "must be a fiscal-year revenue above 0 in the "
                    + "tenant's currency");
        }
        Template template = Templates.of(id, revenue != null ? revenue : Templates.DEFAULT_REVENUE);
        if (template == null) {
            throw new ProblemException.NotFound("Template", id + " (available: " + String.join(", ", Templates.ids())
                    + ")");
        }
        LocalDate today = settings.today();
        int fiscalStart = settings.fiscalYearStartMonth();
        LocalDate yearStart = PeriodType.FISCAL_YEAR.startOf(today, fiscalStart);
        LocalDate yearEnd = PeriodType.FISCAL_YEAR.end(yearStart);
        String owner = tenant.userId();
        KgiResponse kgi = goals.createKgi(new KgiRequest(template.kgi().name().in(japanese),
                template.kgi().description().in(japanese), template.kgi().metricId(), null, null, null,
                template.kgi().target(), null, yearStart, yearEnd.minusDays(1), owner));
        for (Factor factor : template.factors()) {
            KsfResponse ksf = goals.createKsf(new KsfRequest(kgi.id(), factor.name().in(japanese), null, owner));
            for (Measure measure : factor.kpis()) {
                kpis.create(new KpiRequest(measure.name().in(japanese), measure.description().in(japanese), owner,
                        null, measure.metricId(), null, null, PeriodType.MONTH,
                        monthlyTargets(measure.monthlyTarget(), yearStart, yearEnd),
                        null, ksf.id(), null, null, null));
            }
        }
        return kgi;
    }

    private static List<Target> monthlyTargets(BigDecimal value, LocalDate from, LocalDate until) {
        List<Target> targets = new ArrayList<>();
        for (LocalDate month = from; month.isBefore(until); month = month.plusMonths(1)) {
            targets.add(new Target(month, value));
        }
        return targets;
    }
}
