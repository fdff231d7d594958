package dev.stride.analytics.metric;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every metric of ../shared/METRICS.md: its id, its kind, and the dimensions it can be filtered by. */
public enum Metric {
    LEADS_NEW("leads.new", Kind.COUNT, Dimensions.LEADS),
    LEADS_QUALIFIED("leads.qualified", Kind.COUNT, Dimensions.LEADS),
    LEADS_CONVERTED("leads.converted", Kind.COUNT, Dimensions.LEADS),
    DEALS_CREATED("deals.created", Kind.COUNT, Dimensions.SALES),
    DEALS_WON_COUNT("deals.won.count", Kind.COUNT, Dimensions.SALES),
    DEALS_WON_AMOUNT("deals.won.amount", Kind.SUM, Dimensions.SALES),
    ACTIVITIES_COUNT("activities.count", Kind.COUNT, Dimensions.ACTIVITIES),
    SUBSCRIPTIONS_UPSELL_COUNT("subscriptions.upsell.count", Kind.COUNT, Dimensions.PEOPLE),
    LEADS_CONVERSION_RATE("leads.conversion_rate", Kind.RATIO, Dimensions.LEADS),
    DEALS_WIN_RATE("deals.win_rate", Kind.RATIO, Dimensions.SALES),
    DEALS_AVG_SIZE("deals.avg_size", Kind.RATIO, Dimensions.SALES),
    DEALS_CYCLE_DAYS("deals.cycle_days", Kind.RATIO, Dimensions.SALES),
    CUSTOMERS_RETENTION_RATE("customers.retention_rate", Kind.RATIO, Dimensions.PEOPLE),
    CUSTOMERS_CHURN_RATE("customers.churn_rate", Kind.RATIO, Dimensions.PEOPLE),
    REVENUE_CHURN_RATE("revenue.churn_rate", Kind.RATIO, Dimensions.PEOPLE),
    REVENUE_NRR("revenue.nrr", Kind.RATIO, Dimensions.PEOPLE),
    CUSTOMERS_UPSELL_RATE("customers.upsell_rate", Kind.RATIO, Dimensions.PEOPLE),
    CUSTOMERS_LTV("customers.ltv", Kind.RATIO, Dimensions.PEOPLE),
    PIPELINE_OPEN_AMOUNT("pipeline.open_amount", Kind.SNAPSHOT, Dimensions.SALES),
    PIPELINE_WEIGHTED_AMOUNT("pipeline.weighted_amount", Kind.SNAPSHOT, Dimensions.SALES),
    CUSTOMERS_ACTIVE("customers.active", Kind.SNAPSHOT, Dimensions.PEOPLE),
    REVENUE_MRR("revenue.mrr", Kind.SNAPSHOT, Dimensions.PEOPLE);

    private static final Map<String, Metric> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Metric::id, Function.identity()));

    private final String id;
    private final Kind kind;
    private final Set<Dimension> dimensions;

    Metric(String id, Kind kind, Set<Dimension> dimensions) {
        this.id = id;
        this.kind = kind;
        this.dimensions = dimensions;
    }

    public static Optional<Metric> byId(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    public String id() {
        return id;
    }

    public Kind kind() {
        return kind;
    }

    /** The dimensions this metric's records carry, the only ones it can be filtered by. */
    public Set<Dimension> dimensions() {
        return dimensions;
    }

    /** True for the metrics where less is better (churn, the sales cycle): they rank and are judged the other way. */
    public boolean lowerIsBetter() {
        return this == DEALS_CYCLE_DAYS || this == CUSTOMERS_CHURN_RATE || this == REVENUE_CHURN_RATE;
    }

    /** The metrics computed from one kind of CRM record, so an event of that kind recomputes exactly those. */
    public static Set<String> from(Source source) {
        return Arrays.stream(values()).filter(metric -> metric.source() == source).map(Metric::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    Source source() {
        return id.startsWith("leads.") ? Source.LEADS
                : id.startsWith("deals.") || id.startsWith("pipeline.") ? Source.DEALS
                : id.startsWith("activities.") ? Source.ACTIVITIES
                : Source.SUBSCRIPTIONS;
    }

    /** Counts and sums accumulate over the period; ratios and snapshots are compared as they are (METRICS.md). */
    public enum Kind {
        COUNT, SUM, RATIO, SNAPSHOT;

        public boolean cumulative() {
            return this == COUNT || this == SUM;
        }
    }

    /** The CRM records a metric is computed from. */
    public enum Source {
        LEADS, DEALS, ACTIVITIES, SUBSCRIPTIONS
    }

    /** A dimension a figure can be filtered and broken down by. */
    public enum Dimension {
        OWNER, TEAM, SOURCE, PIPELINE, ACTIVITY_TYPE
    }

    private static final class Dimensions {
        static final Set<Dimension> PEOPLE = EnumSet.of(Dimension.OWNER, Dimension.TEAM);
        static final Set<Dimension> LEADS = EnumSet.of(Dimension.OWNER, Dimension.TEAM, Dimension.SOURCE);
        static final Set<Dimension> SALES = EnumSet.of(Dimension.OWNER, Dimension.TEAM, Dimension.SOURCE,
                Dimension.PIPELINE);
        static final Set<Dimension> ACTIVITIES = EnumSet.of(Dimension.OWNER, Dimension.TEAM, Dimension.ACTIVITY_TYPE);
    }
}
