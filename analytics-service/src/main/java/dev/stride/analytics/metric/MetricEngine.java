package dev.stride.analytics.metric;

import dev.stride.analytics.metric.Metric.Dimension;
import dev.stride.analytics.settings.TenantSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Computes every metric of ../shared/METRICS.md from the facts, for one tenant (an explicit parameter of every query:
 * the consumers recompute without a request tenant), over local days [from, to) in the tenant's time zone, narrowed
 * by filters. Counts and sums are read per local day from the daily rollups ({@link Rollups}), so a total, a time
 * series and a pace all add up the same, and their cost follows the period's days, not its records.
 */
@ApplicationScoped
public class MetricEngine {

    static final Map<Dimension, String> LEAD_COLUMNS = columns("source", null, null);
    static final Map<Dimension, String> DEAL_COLUMNS = columns("lead_source", "pipeline_id", null);
    static final Map<Dimension, String> ACTIVITY_COLUMNS = columns(null, null, "activity_type");

    static final String LOST = "deals.lost.count";
    /** The per-day queries of the counts and sums, and of the parts of ratios that are counts or sums. */
    static final Map<String, Daily> DAILY = Map.of(
            Metric.LEADS_NEW.id(), Daily.count("lead_fact", "created_at", "", LEAD_COLUMNS, "leads.new"),
            Metric.LEADS_QUALIFIED.id(), Daily.count("lead_fact", "qualified_at", "", LEAD_COLUMNS, "leads.qualified"),
            Metric.LEADS_CONVERTED.id(), Daily.count("lead_fact", "converted_at", "", LEAD_COLUMNS, "leads.converted"),
            Metric.DEALS_CREATED.id(), Daily.count("deal_fact", "created_at", "", DEAL_COLUMNS, "deals.created"),
            Metric.DEALS_WON_COUNT.id(), Daily.count("deal_fact", "won_at", "and f.status = 'WON'", DEAL_COLUMNS,
                    "deals.won"),
            Metric.DEALS_WON_AMOUNT.id(), new Daily("deal_fact", "won_at",
                    "and f.status = 'WON' and f.amount is not null and f.currency is not null", DEAL_COLUMNS, true,
                    "deals.won"),
            Metric.ACTIVITIES_COUNT.id(), Daily.count("activity_fact", "completed_at", "", ACTIVITY_COLUMNS,
                    "activities.done"),
            LOST, Daily.count("deal_fact", "lost_at", "and f.status = 'LOST'", DEAL_COLUMNS, "deals.lost"));
    /** The rollup's columns, one per dimension (every kind of fact has the same). */
    private static final Map<Dimension, String> ROLLUP_COLUMNS = columns("source", "pipeline_id", "activity_type");

    private final EntityManager em;

    MetricEngine(EntityManager em) {
        this.em = em;
    }

    /** The metric's value over [from, to); {@code now} decides what "so far" and "young" mean. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MetricValue value(String tenantId, TenantSettings settings, Metric metric, LocalDate from, LocalDate to,
            MetricFilters filters, Instant now) {
        Scope scope = new Scope(tenantId, settings, from, to, filters, now);
        return switch (metric) {
            case LEADS_NEW, LEADS_QUALIFIED, LEADS_CONVERTED, DEALS_CREATED, DEALS_WON_COUNT, DEALS_WON_AMOUNT,
                    ACTIVITIES_COUNT, SUBSCRIPTIONS_UPSELL_COUNT -> {
                DailyValues daily = daily(scope, metric);
                yield MetricValue.of(daily.total(), daily.leftOut());
            }
            case DEALS_WIN_RATE -> {
                BigDecimal won = daily(scope, Metric.DEALS_WON_COUNT.id()).total();
                BigDecimal closed = won.add(daily(scope, LOST).total());
                yield MetricValue.of(ratio(won, closed));
            }
            case DEALS_AVG_SIZE -> {
                DailyValues amount = daily(scope, Metric.DEALS_WON_AMOUNT.id());
                yield MetricValue.of(ratio(amount.total(), daily(scope, Metric.DEALS_WON_COUNT.id()).total()),
                        amount.leftOut());
            }
            case DEALS_CYCLE_DAYS -> MetricValue.of(cycleDays(scope));
            case LEADS_CONVERSION_RATE -> conversionRate(scope);
            case CUSTOMERS_RETENTION_RATE, CUSTOMERS_CHURN_RATE, REVENUE_CHURN_RATE, REVENUE_NRR,
                    CUSTOMERS_UPSELL_RATE, CUSTOMERS_LTV, CUSTOMERS_ACTIVE, REVENUE_MRR -> customers(scope, metric);
            case PIPELINE_OPEN_AMOUNT, PIPELINE_WEIGHTED_AMOUNT -> pipeline(scope, metric);
        };
    }

    /** The owners (or teams) of a metric's records in the tenant: whom a leaderboard can rank. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> rankable(String tenantId, Metric metric, Dimension by) {
        String table = switch (metric.source()) {
            case LEADS -> "lead_fact";
            case DEALS -> "deal_fact";
            case ACTIVITIES -> "activity_fact";
            case SUBSCRIPTIONS -> "subscription_fact";
        };
        String column = by == Dimension.TEAM ? "team_id" : "owner_id";
        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery("select distinct " + column + " from " + table
                + " where tenant_id = :tenant and not deleted and " + column + " is not null order by 1")
                .setParameter("tenant", tenantId)
                .getResultList();
        return keys;
    }

    /** A count or sum metric per local day of [from, to), days without records left out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DailyValues daily(String tenantId, TenantSettings settings, Metric metric, LocalDate from, LocalDate to,
            MetricFilters filters) {
        if (!metric.kind().cumulative()) {
            throw new IllegalArgumentException(metric.id() + " does not accumulate by day");
        }
        return daily(new Scope(tenantId, settings, from, to, filters, Instant.EPOCH), metric);
    }

    private DailyValues daily(Scope scope, Metric metric) {
        return metric == Metric.SUBSCRIPTIONS_UPSELL_COUNT ? upsells(scope) : daily(scope, metric.id());
    }

    private DailyValues daily(Scope scope, String id) {
        Daily daily = DAILY.get(id);
        StringBuilder sql = new StringBuilder("select f.day, ")
                .append(daily.money() ? "f.currency" : "null").append(", sum(f.records), sum(f.amount)")
                .append(" from metric_day f where f.tenant_id = :tenant and f.fact = :fact")
                .append(" and f.day >= :from and f.day < :to")
                .append(daily.money() ? " and f.currency is not null" : "");
        Map<String, Object> parameters = new HashMap<>();
        filter(sql, parameters, ROLLUP_COLUMNS, scope.filters());
        sql.append(" group by 1, 2");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("tenant", scope.tenantId())
                .setParameter("fact", daily.rollup())
                .setParameter("from", scope.from())
                .setParameter("to", scope.to());
        parameters.forEach(query::setParameter);
        return sum(scope, rows(query), daily.money());
    }

    private DailyValues upsells(Scope scope) {
        StringBuilder sql = new StringBuilder("""
                select c.effective_on, null, count(*), 0 from mrr_change c
                  join subscription_fact f on f.tenant_id = c.tenant_id and f.subscription_id = c.subscription_id
                 where c.tenant_id = :tenant and not f.deleted and c.new_mrr > c.old_mrr
                   and c.effective_on >= :from and c.effective_on < :to""");
        Map<String, Object> parameters = new HashMap<>();
        filter(sql, parameters, columns(null, null, null), scope.filters());
        sql.append(" group by 1");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("tenant", scope.tenantId())
                .setParameter("from", scope.from())
                .setParameter("to", scope.to());
        parameters.forEach(query::setParameter);
        return sum(scope, rows(query), false);
    }

    private static DailyValues sum(Scope scope, List<Object[]> rows, boolean money) {
        SortedMap<LocalDate, BigDecimal> values = new TreeMap<>();
        long leftOut = 0;
        for (Object[] row : rows) {
            LocalDate day = localDate(row[0]);
            long count = ((Number) row[2]).longValue();
            BigDecimal value = BigDecimal.valueOf(count);
            if (money) {
                Optional<BigDecimal> rate = scope.settings().rate(YearMonth.from(day), (String) row[1]);
                if (rate.isEmpty()) {
                    leftOut += count;
                    continue;
                }
                value = ((BigDecimal) row[3]).multiply(rate.get());
            }
            values.merge(day, value, BigDecimal::add);
        }
        return new DailyValues(values, leftOut);
    }

    private BigDecimal cycleDays(Scope scope) {
        StringBuilder sql = new StringBuilder("""
                select sum(f.cycle_days), sum(f.records) from metric_day f
                 where f.tenant_id = :tenant and f.fact = 'deals.won' and f.day >= :from and f.day < :to""");
        Map<String, Object> parameters = new HashMap<>();
        filter(sql, parameters, ROLLUP_COLUMNS, scope.filters());
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("tenant", scope.tenantId())
                .setParameter("from", scope.from())
                .setParameter("to", scope.to());
        parameters.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        return row[1] == null || ((Number) row[1]).longValue() == 0 ? null
                : ((BigDecimal) row[0]).divide(new BigDecimal(row[1].toString()), Customers.MATH);
    }

    /** Of the leads created in the period, the share converted within the window; provisional while some are young. */
    private MetricValue conversionRate(Scope scope) {
        StringBuilder sql = new StringBuilder("""
                select count(*),
                       count(*) filter (where f.converted_at is not null
                                          and f.converted_at < f.created_at + make_interval(days => :window)),
                       count(*) filter (where f.created_at + make_interval(days => :window) > :now)
                  from lead_fact f
                 where f.tenant_id = :tenant and not f.deleted and f.created_at >= :start and f.created_at < :end""");
        Map<String, Object> parameters = new HashMap<>();
        filter(sql, parameters, LEAD_COLUMNS, scope.filters());
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("tenant", scope.tenantId())
                .setParameter("start", scope.start())
                .setParameter("end", scope.end())
                .setParameter("window", scope.settings().leadConversionWindowDays())
                .setParameter("now", scope.now());
        parameters.forEach(query::setParameter);
        Object[] row = (Object[]) query.getSingleResult();
        long cohort = ((Number) row[0]).longValue();
        long converted = ((Number) row[1]).longValue();
        long young = ((Number) row[2]).longValue();
        return new MetricValue(ratio(BigDecimal.valueOf(converted), BigDecimal.valueOf(cohort)), young > 0, 0, false);
    }

    private MetricValue pipeline(Scope scope, Metric metric) {
        StringBuilder sql = new StringBuilder("""
                select f.currency, sum(f.records), sum(f.amount), sum(f.weighted)
                  from metric_day f
                 where f.tenant_id = :tenant and f.fact = 'deals.open'""");
        Map<String, Object> parameters = new HashMap<>();
        filter(sql, parameters, ROLLUP_COLUMNS, scope.filters());
        sql.append(" group by 1");
        Query query = em.createNativeQuery(sql.toString()).setParameter("tenant", scope.tenantId());
        parameters.forEach(query::setParameter);
        YearMonth month = YearMonth.from(scope.today());
        BigDecimal total = BigDecimal.ZERO;
        long leftOut = 0;
        for (Object[] row : rows(query)) {
            Optional<BigDecimal> rate = scope.settings().rate(month, (String) row[0]);
            if (rate.isEmpty()) {
                leftOut += ((Number) row[1]).longValue();
                continue;
            }
            BigDecimal amount = (BigDecimal) (metric == Metric.PIPELINE_OPEN_AMOUNT ? row[2] : row[3]);
            total = total.add(amount.multiply(rate.get()));
        }
        return MetricValue.of(total, leftOut);
    }

    private MetricValue customers(Scope scope, Metric metric) {
        Customers customers = new Customers(subscriptions(scope), scope.settings()::rate);
        LocalDate today = scope.today();
        if (metric == Metric.CUSTOMERS_ACTIVE) {
            return MetricValue.of(BigDecimal.valueOf(customers.activeOn(today).size()));
        }
        if (metric == Metric.REVENUE_MRR) {
            Customers.Mrr mrr = customers.mrrOn(today);
            return MetricValue.of(mrr.total(), mrr.leftOut());
        }
        LocalDate start = scope.from();
        if (start.isAfter(today)) {
            return MetricValue.of(null);
        }
        LocalDate end = scope.to().isAfter(today) ? today : scope.to();
        return switch (metric) {
            case CUSTOMERS_RETENTION_RATE -> MetricValue.of(customers.retention(start, end));
            case CUSTOMERS_CHURN_RATE -> MetricValue.of(complement(customers.retention(start, end)));
            case REVENUE_NRR -> customers.revenueRetention(start, end, false);
            case REVENUE_CHURN_RATE -> {
                MetricValue grr = customers.revenueRetention(start, end, true);
                yield MetricValue.of(complement(grr.value()), grr.leftOut());
            }
            case CUSTOMERS_UPSELL_RATE -> MetricValue.of(customers.upsellRate(start, scope.to()));
            case CUSTOMERS_LTV -> customers.ltv(end, scope.settings().grossMargin());
            default -> throw new IllegalArgumentException(metric.id() + " is not a customer metric");
        };
    }

    List<Customers.Subscription> subscriptions(Scope scope) {
        StringBuilder where = new StringBuilder(" where f.tenant_id = :tenant and not f.deleted");
        Map<String, Object> parameters = new HashMap<>();
        filter(where, parameters, columns(null, null, null), scope.filters());
        Query changeQuery = em.createNativeQuery("""
                select c.subscription_id, c.effective_on, c.version, c.old_mrr, c.new_mrr from mrr_change c
                  join subscription_fact f on f.tenant_id = c.tenant_id and f.subscription_id = c.subscription_id"""
                + where).setParameter("tenant", scope.tenantId());
        parameters.forEach(changeQuery::setParameter);
        Map<UUID, List<Customers.MrrStep>> changes = new HashMap<>();
        for (Object[] row : rows(changeQuery)) {
            changes.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new Customers.MrrStep(
                    localDate(row[1]), ((Number) row[2]).longValue(), (BigDecimal) row[3], (BigDecimal) row[4]));
        }
        Query query = em.createNativeQuery("""
                select f.subscription_id, f.account_id, f.currency, f.mrr, f.started_on, f.cancelled_on
                  from subscription_fact f""" + where).setParameter("tenant", scope.tenantId());
        parameters.forEach(query::setParameter);
        List<Customers.Subscription> subscriptions = new ArrayList<>();
        for (Object[] row : rows(query)) {
            subscriptions.add(new Customers.Subscription((UUID) row[0], (UUID) row[1], (String) row[2],
                    (BigDecimal) row[3], localDate(row[4]), row[5] == null ? null : localDate(row[5]),
                    changes.getOrDefault((UUID) row[0], List.of())));
        }
        return subscriptions;
    }

    static void filter(StringBuilder sql, Map<String, Object> parameters, Map<Dimension, String> columns,
            MetricFilters filters) {
        for (Dimension dimension : filters.used()) {
            String column = columns.get(dimension);
            if (column == null) {
                throw new IllegalArgumentException(dimension + " is not a dimension of these facts");
            }
            String name = "filter_" + dimension.name().toLowerCase();
            sql.append(" and f.").append(column).append(" = :").append(name);
            parameters.put(name, filters.value(dimension));
        }
    }

    static Map<Dimension, String> columns(String source, String pipeline, String activityType) {
        Map<Dimension, String> columns = new EnumMap<>(Dimension.class);
        columns.put(Dimension.OWNER, "owner_id");
        columns.put(Dimension.TEAM, "team_id");
        if (source != null) {
            columns.put(Dimension.SOURCE, source);
        }
        if (pipeline != null) {
            columns.put(Dimension.PIPELINE, pipeline);
        }
        if (activityType != null) {
            columns.put(Dimension.ACTIVITY_TYPE, activityType);
        }
        return columns;
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator == null || denominator.signum() == 0 ? null : numerator.divide(denominator, Customers.MATH);
    }

    private static BigDecimal complement(BigDecimal rate) {
        return rate == null ? null : BigDecimal.ONE.subtract(rate);
    }

    /** A count or sum per local day, and how many amounts had no exchange rate. */
    public record DailyValues(SortedMap<LocalDate, BigDecimal> values, long leftOut) {

        public BigDecimal total() {
            return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * A count or sum: the facts it lists (table, instant column, condition; for drill-down) and the rollup it is read
     * from ({@code metric_day.fact}).
     */
    record Daily(String table, String at, String condition, Map<Dimension, String> columns, boolean money,
            String rollup) {

        /** The id column of the table's records. */
        String id() {
            return table.replace("_fact", "_id");
        }

        static Daily count(String table, String at, String condition, Map<Dimension, String> columns,
                String rollup) {
            return new Daily(table, at, condition, columns, false, rollup);
        }
    }

    record Scope(String tenantId, TenantSettings settings, LocalDate from, LocalDate to,
            MetricFilters filters, Instant now) {

        ZoneId zone() {
            return settings.zone();
        }

        Instant start() {
            return from.atStartOfDay(zone()).toInstant();
        }

        Instant end() {
            return to.atStartOfDay(zone()).toInstant();
        }

        LocalDate today() {
            return LocalDate.ofInstant(now, zone());
        }
    }
}
