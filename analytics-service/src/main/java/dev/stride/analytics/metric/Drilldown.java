package dev.stride.analytics.metric;

import dev.stride.analytics.metric.MetricEngine.Daily;
import dev.stride.analytics.metric.MetricEngine.Scope;
import dev.stride.analytics.metric.RecordsResponse.FigureRecord;
import dev.stride.analytics.metric.RecordsResponse.Kind;
import dev.stride.analytics.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The records behind a figure, with what each contributes, chosen by the same conditions as {@link MetricEngine}'s,
 * so that they reproduce it (METRICS.md: items for a count, amounts for a sum, numerator and denominator sets for a
 * ratio).
 */
@ApplicationScoped
class Drilldown {

    private static final Map<String, Kind> KINDS = Map.of("lead_fact", Kind.LEAD, "deal_fact", Kind.DEAL,
            "activity_fact", Kind.ACTIVITY);

    private final EntityManager em;
    private final MetricEngine engine;

    Drilldown(EntityManager em, MetricEngine engine) {
        this.em = em;
        this.engine = engine;
    }

    /** The numerator and (for ratios) denominator records of the figure. */
    Sets records(Scope scope, Metric metric) {
        return switch (metric) {
            case LEADS_NEW, LEADS_QUALIFIED, LEADS_CONVERTED, DEALS_CREATED, DEALS_WON_COUNT, DEALS_WON_AMOUNT,
                    ACTIVITIES_COUNT -> new Sets(items(scope, MetricEngine.DAILY.get(metric.id())), null);
            case SUBSCRIPTIONS_UPSELL_COUNT -> new Sets(upsells(scope), null);
            case DEALS_WIN_RATE -> {
                List<FigureRecord> won = items(scope, MetricEngine.DAILY.get(Metric.DEALS_WON_COUNT.id()));
                List<FigureRecord> closed = new ArrayList<>(won);
                closed.addAll(items(scope, MetricEngine.DAILY.get(MetricEngine.LOST)));
                yield new Sets(won, closed);
            }
            case DEALS_AVG_SIZE -> {
                List<FigureRecord> won = items(scope, MetricEngine.DAILY.get(Metric.DEALS_WON_AMOUNT.id()));
                yield new Sets(won, won.stream().map(r -> withValue(r, BigDecimal.ONE)).toList());
            }
            case DEALS_CYCLE_DAYS -> cycles(scope);
            case LEADS_CONVERSION_RATE -> conversions(scope);
            case PIPELINE_OPEN_AMOUNT, PIPELINE_WEIGHTED_AMOUNT -> new Sets(openDeals(scope, metric), null);
            case CUSTOMERS_LTV -> throw new ProblemException.InvalidField("metricId", "customers.ltv is a product of "
                    + "averages, not a sum over records: open revenue.mrr, customers.active and customers.churn_rate, "
                    + "which it is computed from");
            default -> customers(scope, metric);
        };
    }

    private List<FigureRecord> items(Scope scope, Daily daily) {
        StringBuilder sql = new StringBuilder("select f.").append(daily.id()).append(", f.").append(daily.at())
                .append(", f.owner_id, ").append(daily.money() ? "f.amount, f.currency" : "null, null")
                .append(" from ").append(daily.table())
                .append(" f where f.tenant_id = :tenant and not f.deleted and f.").append(daily.at())
                .append(" >= :start and f.").append(daily.at()).append(" < :end ").append(daily.condition());
        Map<String, Object> parameters = new HashMap<>();
        MetricEngine.filter(sql, parameters, daily.columns(), scope.filters());
        sql.append(" order by 2, 1");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("tenant", scope.tenantId())
                .setParameter("start", scope.start())
                .setParameter("end", scope.end());
        parameters.forEach(query::setParameter);
        Kind kind = KINDS.get(daily.table());
        List<FigureRecord> records = new ArrayList<>();
        for (Object[] row : MetricEngine.rows(query)) {
            Instant at = instant(row[1]);
            BigDecimal amount = (BigDecimal) row[3];
            String currency = (String) row[4];
            BigDecimal value = daily.money() ? converted(scope, YearMonth.from(LocalDate.ofInstant(at, scope.zone())),
                    amount, currency) : BigDecimal.ONE;
            records.add(new FigureRecord(kind, (UUID) row[0], at, null, (String) row[2], amount, currency, value));
        }
        return records;
    }

    private List<FigureRecord> upsells(Scope scope) {
        StringBuilder sql = new StringBuilder("""
                select c.subscription_id, c.effective_on, f.owner_id, c.new_mrr - c.old_mrr, f.currency
                  from mrr_change c
                  join subscription_fact f on f.tenant_id = c.tenant_id and f.subscription_id = c.subscription_id
                 where c.tenant_id = :tenant and not f.deleted and c.new_mrr > c.old_mrr
                   and c.effective_on >= :from and c.effective_on < :to""");
        Map<String, Object> parameters = new HashMap<>();
        MetricEngine.filter(sql, parameters, MetricEngine.columns(null, null, null), scope.filters());
        sql.append(" order by 2, 1");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("tenant", scope.tenantId())
                .setParameter("from", scope.from())
                .setParameter("to", scope.to());
        parameters.forEach(query::setParameter);
        return MetricEngine.rows(query).stream().map(row -> new FigureRecord(Kind.SUBSCRIPTION, (UUID) row[0], null,
                MetricEngine.localDate(row[1]), (String) row[2], (BigDecimal) row[3], (String) row[4],
                BigDecimal.ONE)).toList();
    }

    private Sets cycles(Scope scope) {
        StringBuilder sql = new StringBuilder("""
                select f.deal_id, f.won_at, f.owner_id, extract(epoch from f.won_at - f.created_at) / 86400
                  from deal_fact f
                 where f.tenant_id = :tenant and not f.deleted and f.status = 'WON'
                   and f.won_at >= :start and f.won_at < :end""");
        Map<String, Object> parameters = new HashMap<>();
        MetricEngine.filter(sql, parameters, MetricEngine.DEAL_COLUMNS, scope.filters());
        sql.append(" order by 2, 1");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("tenant", scope.tenantId())
                .setParameter("start", scope.start())
                .setParameter("end", scope.end());
        parameters.forEach(query::setParameter);
        List<FigureRecord> days = new ArrayList<>();
        for (Object[] row : MetricEngine.rows(query)) {
            days.add(new FigureRecord(Kind.DEAL, (UUID) row[0], instant(row[1]), null, (String) row[2], null, null,
                    new BigDecimal(row[3].toString())));
        }
        return new Sets(days, days.stream().map(r -> withValue(r, BigDecimal.ONE)).toList());
    }

    private Sets conversions(Scope scope) {
        StringBuilder sql = new StringBuilder("""
                select f.lead_id, f.created_at, f.owner_id,
                       f.converted_at is not null
                       and f.converted_at < f.created_at + make_interval(days => :window)
                  from lead_fact f
                 where f.tenant_id = :tenant and not f.deleted and f.created_at >= :start and f.created_at < :end""");
        Map<String, Object> parameters = new HashMap<>();
        MetricEngine.filter(sql, parameters, MetricEngine.LEAD_COLUMNS, scope.filters());
        sql.append(" order by 2, 1");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("tenant", scope.tenantId())
                .setParameter("start", scope.start())
                .setParameter("end", scope.end())
                .setParameter("window", scope.settings().leadConversionWindowDays());
        parameters.forEach(query::setParameter);
        List<FigureRecord> cohort = new ArrayList<>();
        List<FigureRecord> converted = new ArrayList<>();
        for (Object[] row : MetricEngine.rows(query)) {
            FigureRecord lead = new FigureRecord(Kind.LEAD, (UUID) row[0], instant(row[1]), null, (String) row[2],
                    null, null, BigDecimal.ONE);
            cohort.add(lead);
            if (Boolean.TRUE.equals(row[3])) {
                converted.add(lead);
            }
        }
        return new Sets(converted, cohort);
    }

    private List<FigureRecord> openDeals(Scope scope, Metric metric) {
        StringBuilder sql = new StringBuilder("""
                select f.deal_id, f.created_at, f.owner_id, f.amount, f.currency, coalesce(f.probability, 0)
                  from deal_fact f
                 where f.tenant_id = :tenant and not f.deleted and f.status = 'OPEN' and f.amount is not null""");
        Map<String, Object> parameters = new HashMap<>();
        MetricEngine.filter(sql, parameters, MetricEngine.DEAL_COLUMNS, scope.filters());
        sql.append(" order by 2, 1");
        Query query = em.createNativeQuery(sql.toString()).setParameter("tenant", scope.tenantId());
        parameters.forEach(query::setParameter);
        YearMonth month = YearMonth.from(scope.today());
        List<FigureRecord> deals = new ArrayList<>();
        for (Object[] row : MetricEngine.rows(query)) {
            BigDecimal amount = (BigDecimal) row[3];
            BigDecimal counted = metric == Metric.PIPELINE_OPEN_AMOUNT ? amount
                    : amount.multiply(BigDecimal.valueOf(((Number) row[5]).longValue()))
                            .divide(BigDecimal.valueOf(100));
            deals.add(new FigureRecord(Kind.DEAL, (UUID) row[0], instant(row[1]), null, (String) row[2], amount,
                    (String) row[4], converted(scope, month, counted, (String) row[4])));
        }
        return deals;
    }

    private Sets customers(Scope scope, Metric metric) {
        Customers customers = new Customers(engine.subscriptions(scope), scope.settings()::rate);
        LocalDate today = scope.today();
        if (metric == Metric.CUSTOMERS_ACTIVE) {
            return new Sets(ones(customers.activeOn(today)), null);
        }
        if (metric == Metric.REVENUE_MRR) {
            return new Sets(valued(customers.mrrOn(today).byCustomer(), id -> true), null);
        }
        if (scope.from().isAfter(today)) {
            return new Sets(List.of(), List.of());
        }
        LocalDate start = scope.from();
        LocalDate end = scope.to().isAfter(today) ? today : scope.to();
        Set<UUID> cohort = customers.activeOn(start);
        Set<UUID> atEnd = customers.activeOn(end);
        return switch (metric) {
            case CUSTOMERS_RETENTION_RATE -> new Sets(ones(cohort.stream().filter(atEnd::contains).toList()),
                    ones(cohort));
            case CUSTOMERS_CHURN_RATE -> new Sets(ones(cohort.stream().filter(id -> !atEnd.contains(id)).toList()),
                    ones(cohort));
            case CUSTOMERS_UPSELL_RATE -> new Sets(ones(customers.grew(start, scope.to())), ones(cohort));
            case REVENUE_NRR, REVENUE_CHURN_RATE -> {
                Map<UUID, BigDecimal> first = customers.mrrOn(start).byCustomer();
                Map<UUID, BigDecimal> last = customers.mrrOn(end).byCustomer();
                Map<UUID, BigDecimal> numerator = new HashMap<>();
                for (UUID customer : cohort) {
                    BigDecimal before = first.getOrDefault(customer, BigDecimal.ZERO);
                    BigDecimal after = last.getOrDefault(customer, BigDecimal.ZERO);
                    numerator.put(customer, metric == Metric.REVENUE_NRR ? after : before.subtract(after.min(before)));
                }
                yield new Sets(valued(numerator, cohort::contains), valued(first, cohort::contains));
            }
            default -> throw new IllegalArgumentException(metric.id() + " is not a customer metric");
        };
    }

    private static List<FigureRecord> ones(Collection<UUID> customers) {
        return customers.stream().sorted().map(id -> new FigureRecord(Kind.CUSTOMER, id, null, null, null, null, null,
                BigDecimal.ONE)).toList();
    }

    private static List<FigureRecord> valued(Map<UUID, BigDecimal> values, Predicate<UUID> included) {
        return values.entrySet().stream().filter(e -> included.test(e.getKey()))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new FigureRecord(Kind.CUSTOMER, e.getKey(), null, null, null, null, null, e.getValue()))
                .toList();
    }

    private static BigDecimal converted(Scope scope, YearMonth month, BigDecimal amount, String currency) {
        if (amount == null) {
            return null;
        }
        Optional<BigDecimal> rate = scope.settings().rate(month, currency);
        return rate.map(amount::multiply).orElse(null);
    }

    private static FigureRecord withValue(FigureRecord record, BigDecimal value) {
        return new FigureRecord(record.kind(), record.id(), record.at(), record.on(), record.ownerId(),
                record.amount(), record.currency(), value);
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant instant -> instant;
            case OffsetDateTime time -> time.toInstant();
            case Timestamp timestamp -> timestamp.toInstant();
            default -> throw new IllegalStateException("Not a timestamp: " + value);
        };
    }

    /** A figure's records: the numerator (or the only set) and, for ratios, the denominator. */
    record Sets(List<FigureRecord> numerator, List<FigureRecord> denominator) {
    }
}
