package dev.stride.kpi.metric;

import static dev.stride.kpi.metric.Metric.Direction.HIGHER;
import static dev.stride.kpi.metric.Metric.Direction.LOWER;
import static dev.stride.kpi.metric.Metric.Filter.ACTIVITY_TYPE;
import static dev.stride.kpi.metric.Metric.Filter.OWNER;
import static dev.stride.kpi.metric.Metric.Filter.PIPELINE;
import static dev.stride.kpi.metric.Metric.Filter.SOURCE;
import static dev.stride.kpi.metric.Metric.Filter.TEAM;
import static dev.stride.kpi.metric.Metric.Kind.COUNT;
import static dev.stride.kpi.metric.Metric.Kind.RATIO;
import static dev.stride.kpi.metric.Metric.Kind.SNAPSHOT;
import static dev.stride.kpi.metric.Metric.Kind.SUM;
import static dev.stride.kpi.metric.Metric.Unit.DAYS;
import static dev.stride.kpi.metric.Metric.Unit.MONEY;
import static dev.stride.kpi.metric.Metric.Unit.RATE;

import dev.stride.kpi.platform.ProblemException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every metric of METRICS.md, by id: the only ones a KGI or KPI can be bound to. */
public final class MetricCatalogue {

    private static final Set<Metric.Filter> PEOPLE = EnumSet.of(OWNER, TEAM);
    private static final Set<Metric.Filter> SALES = EnumSet.of(OWNER, TEAM, SOURCE, PIPELINE);
    private static final Set<Metric.Filter> LEADS = EnumSet.of(OWNER, TEAM, SOURCE);
    private static final BigDecimal ONE = BigDecimal.ONE;
    /** Net revenue retention above 1 is expansion; ten times the starting MRR is past any real target. */
    private static final BigDecimal NRR_MAXIMUM = BigDecimal.TEN;

    private static final Map<String, Metric> METRICS = index(List.of(
            metric("leads.new", "New leads", "新規リード数", COUNT, Metric.Unit.COUNT, HIGHER, LEADS, "leads"),
            metric("leads.qualified", "Qualified leads", "有望リード数", COUNT, Metric.Unit.COUNT, HIGHER, LEADS,
                    "leads"),
            metric("leads.converted", "Converted leads", "商談化リード数", COUNT, Metric.Unit.COUNT, HIGHER, LEADS,
                    "leads"),
            metric("deals.created", "New deals", "新規商談数", COUNT, Metric.Unit.COUNT, HIGHER, SALES, "deals"),
            metric("deals.won.count", "Deals won", "受注件数", COUNT, Metric.Unit.COUNT, HIGHER, SALES, "deals"),
            metric("deals.won.amount", "Revenue", "売上", SUM, MONEY, HIGHER, SALES, "deals"),
            metric("activities.count", "Activities", "活動数", COUNT, Metric.Unit.COUNT, HIGHER,
                    EnumSet.of(OWNER, TEAM, ACTIVITY_TYPE), "activities"),
            metric("subscriptions.upsell.count", "Upsells", "アップセル件数", COUNT, Metric.Unit.COUNT, HIGHER, PEOPLE,
                    "subscriptions"),
            rate("leads.conversion_rate", "Lead conversion rate", "リード商談化率", HIGHER, LEADS, ONE, "leads"),
            rate("deals.win_rate", "Win rate", "受注率", HIGHER, SALES, ONE, "deals"),
            metric("deals.avg_size", "Average deal size", "平均受注単価", RATIO, MONEY, HIGHER, SALES, "deals"),
            metric("deals.cycle_days", "Sales cycle", "営業サイクル日数", RATIO, DAYS, LOWER, SALES, "deals"),
            rate("customers.retention_rate", "Logo retention", "顧客継続率", HIGHER, PEOPLE, ONE, "subscriptions"),
            rate("customers.churn_rate", "Logo churn", "顧客解約率", LOWER, PEOPLE, ONE, "subscriptions"),
            rate("revenue.churn_rate", "Gross MRR churn", "MRR解約率", LOWER, PEOPLE, ONE, "subscriptions"),
            rate("revenue.nrr", "Net revenue retention", "売上継続率 (NRR)", HIGHER, PEOPLE, NRR_MAXIMUM,
                    "subscriptions"),
            rate("customers.upsell_rate", "Upsell rate", "アップセル率", HIGHER, PEOPLE, ONE, "subscriptions"),
            metric("customers.ltv", "Lifetime value", "顧客生涯価値 (LTV)", RATIO, MONEY, HIGHER, PEOPLE,
                    "subscriptions"),
            metric("pipeline.open_amount", "Open pipeline", "パイプライン総額", SNAPSHOT, MONEY, HIGHER, SALES, "deals"),
            metric("pipeline.weighted_amount", "Weighted pipeline", "加重パイプライン", SNAPSHOT, MONEY, HIGHER, SALES,
                    "deals"),
            metric("customers.active", "Active customers", "有効顧客数", SNAPSHOT, Metric.Unit.COUNT, HIGHER, PEOPLE,
                    "subscriptions"),
            metric("revenue.mrr", "MRR", "MRR (月次経常収益)", SNAPSHOT, MONEY, HIGHER, PEOPLE, "subscriptions")));

    private MetricCatalogue() {
    }

    public static List<Metric> all() {
        return List.copyOf(METRICS.values());
    }

    /** The metric with this id, or null. */
    public static Metric find(String id) {
        return id == null ? null : METRICS.get(id);
    }

    /** The metric with this id, or a 400 naming {@code field}. */
    public static Metric require(String field, String id) {
        Metric metric = find(id);
        if (metric == null) {
            throw new ProblemException.InvalidField(field, "must be a metric id of GET /metrics, such as "
                    + "deals.won.amount or leads.conversion_rate");
        }
        return metric;
    }

    private static Metric metric(String id, String name, String nameJa, Metric.Kind kind, Metric.Unit unit,
            Metric.Direction direction, Set<Metric.Filter> filters, String source) {
        return new Metric(id, name, nameJa, kind, unit, direction, Set.copyOf(filters), null, source);
    }

    private static Metric rate(String id, String name, String nameJa, Metric.Direction direction,
            Set<Metric.Filter> filters, BigDecimal maximum, String source) {
        return new Metric(id, name, nameJa, RATIO, RATE, direction, Set.copyOf(filters), maximum, source);
    }

    private static Map<String, Metric> index(List<Metric> metrics) {
        Map<String, Metric> byId = new LinkedHashMap<>();
        metrics.forEach(metric -> byId.put(metric.id(), metric));
        return byId;
    }
}
