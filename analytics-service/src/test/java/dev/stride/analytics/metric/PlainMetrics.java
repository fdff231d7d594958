package dev.stride.analytics.metric;

import static dev.stride.analytics.metric.RandomHistory.TOKYO;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Every metric of METRICS.md recomputed the plain way, straight from the final state of each record of a
 * {@link RandomHistory}: no SQL, no facts, no rollups. The engine must always agree with it.
 */
final class PlainMetrics {

    static final MathContext MATH = MathContext.DECIMAL64;
    /** The USD rate of every month of the test's settings, except {@link #MONTH_WITHOUT_RATE}. */
    static final BigDecimal USD = BigDecimal.valueOf(150);
    static final YearMonth MONTH_WITHOUT_RATE = YearMonth.of(2026, 6);
    static final BigDecimal GROSS_MARGIN = new BigDecimal("0.725");
    static final int WINDOW_DAYS = 90;

    private final RandomHistory history;
    private final Instant now;

    PlainMetrics(RandomHistory history, Instant now) {
        this.history = history;
        this.now = now;
    }

    /** The expected value, provisional flag and left-out count of {@code metric} over [from, to) with a filter. */
    MetricValue value(Metric metric, LocalDate from, LocalDate to, Filter filter) {
        Instant start = from.atStartOfDay(TOKYO).toInstant();
        Instant end = to.atStartOfDay(TOKYO).toInstant();
        Predicate<Instant> in = at -> at != null && !at.isBefore(start) && at.isBefore(end);
        List<RandomHistory.Lead> leads = history.leads.stream().filter(l -> !l.deleted && filter.lead(l)).toList();
        List<RandomHistory.Deal> deals = history.deals.stream().filter(d -> !d.deleted && filter.deal(d)).toList();
        List<RandomHistory.Deal> won = deals.stream().filter(d -> d.status.equals("WON") && in.test(d.wonAt)).toList();
        return switch (metric) {
            case LEADS_NEW -> count(leads.stream().filter(l -> in.test(l.createdAt)).count());
            case LEADS_QUALIFIED -> count(leads.stream().filter(l -> in.test(l.qualifiedAt)).count());
            case LEADS_CONVERTED -> count(leads.stream().filter(l -> in.test(l.convertedAt)).count());
            case DEALS_CREATED -> count(deals.stream().filter(d -> in.test(d.createdAt)).count());
            case DEALS_WON_COUNT -> count(won.size());
            case DEALS_WON_AMOUNT -> revenue(won);
            case ACTIVITIES_COUNT -> count(history.activities.stream()
                    .filter(a -> !a.deleted && filter.activity(a) && in.test(a.completedAt)).count());
            case SUBSCRIPTIONS_UPSELL_COUNT -> count(subscriptions(filter).stream()
                    .flatMap(s -> s.changes.stream())
                    .filter(c -> c.newMrr().compareTo(c.oldMrr()) > 0 && !c.effectiveOn().isBefore(from)
                            && c.effectiveOn().isBefore(to))
                    .count());
            case LEADS_CONVERSION_RATE -> {
                List<RandomHistory.Lead> cohort = leads.stream().filter(l -> in.test(l.createdAt)).toList();
                long converted = cohort.stream().filter(l -> l.convertedAt != null
                        && l.convertedAt.isBefore(l.createdAt.plus(Duration.ofDays(WINDOW_DAYS)))).count();
                boolean young = cohort.stream().anyMatch(l -> l.createdAt.plus(Duration.ofDays(WINDOW_DAYS))
                        .isAfter(now));
                yield new MetricValue(ratio(converted, cohort.size()), young, 0, false);
            }
            case DEALS_WIN_RATE -> {
                long lost = deals.stream().filter(d -> d.status.equals("LOST") && in.test(d.lostAt)).count();
                yield MetricValue.of(ratio(won.size(), won.size() + lost));
            }
            case DEALS_AVG_SIZE -> {
                MetricValue revenue = revenue(won);
                yield MetricValue.of(won.isEmpty() ? null
                        : revenue.value().divide(BigDecimal.valueOf(won.size()), MATH), revenue.leftOut());
            }
            case DEALS_CYCLE_DAYS -> MetricValue.of(won.isEmpty() ? null : BigDecimal.valueOf(won.stream()
                    .mapToLong(d -> Duration.between(d.createdAt, d.wonAt).toMillis()).sum())
                    .divide(BigDecimal.valueOf(won.size() * 86_400_000L), MATH));
            case PIPELINE_OPEN_AMOUNT, PIPELINE_WEIGHTED_AMOUNT -> {
                YearMonth month = YearMonth.from(LocalDate.ofInstant(now, TOKYO));
                BigDecimal total = BigDecimal.ZERO;
                long leftOut = 0;
                for (RandomHistory.Deal deal : deals.stream().filter(d -> d.status.equals("OPEN")).toList()) {
                    BigDecimal rate = rate(month, deal.currency);
                    if (rate == null) {
                        leftOut++;
                        continue;
                    }
                    BigDecimal amount = metric == Metric.PIPELINE_OPEN_AMOUNT ? deal.amount
                            : deal.amount.multiply(BigDecimal.valueOf(deal.probability))
                                    .divide(BigDecimal.valueOf(100));
                    total = total.add(amount.multiply(rate));
                }
                yield MetricValue.of(total, leftOut);
            }
            default -> customers(metric, from, to, filter);
        };
    }

    private MetricValue customers(Metric metric, LocalDate from, LocalDate to, Filter filter) {
        List<RandomHistory.Subscription> subscriptions = subscriptions(filter);
        LocalDate today = LocalDate.ofInstant(now, TOKYO);
        if (metric == Metric.CUSTOMERS_ACTIVE) {
            return count(active(subscriptions, today).size());
        }
        if (metric == Metric.REVENUE_MRR) {
            Mrr mrr = mrr(subscriptions, today);
            return MetricValue.of(mrr.total(), mrr.leftOut());
        }
        if (from.isAfter(today)) {
            return MetricValue.of(null);
        }
        LocalDate end = to.isAfter(today) ? today : to;
        Set<UUID> cohort = active(subscriptions, from);
        switch (metric) {
            case CUSTOMERS_RETENTION_RATE, CUSTOMERS_CHURN_RATE -> {
                BigDecimal retention = retention(subscriptions, from, end);
                return MetricValue.of(metric == Metric.CUSTOMERS_RETENTION_RATE || retention == null ? retention
                        : BigDecimal.ONE.subtract(retention));
            }
            case REVENUE_NRR, REVENUE_CHURN_RATE -> {
                Mrr first = mrr(subscriptions, from);
                Mrr last = mrr(subscriptions, end);
                BigDecimal before = BigDecimal.ZERO;
                BigDecimal after = BigDecimal.ZERO;
                for (UUID customer : cohort) {
                    BigDecimal a = first.of(customer);
                    BigDecimal b = last.of(customer);
                    before = before.add(a);
                    after = after.add(metric == Metric.REVENUE_NRR ? b : b.min(a));
                }
                BigDecimal value = before.signum() == 0 ? null : after.divide(before, MATH);
                if (metric == Metric.REVENUE_CHURN_RATE && value != null) {
                    value = BigDecimal.ONE.subtract(value);
                }
                return MetricValue.of(value, first.leftOut(cohort) + last.leftOut(cohort));
            }
            case CUSTOMERS_UPSELL_RATE -> {
                Set<UUID> grew = new HashSet<>();
                for (RandomHistory.Subscription s : subscriptions) {
                    boolean extra = s.startedOn.isAfter(from) && s.startedOn.isBefore(to);
                    boolean upgraded = s.changes.stream().anyMatch(c -> c.newMrr().compareTo(c.oldMrr()) > 0
                            && !c.effectiveOn().isBefore(from) && c.effectiveOn().isBefore(to));
                    if (cohort.contains(s.account) && (extra || upgraded)) {
                        grew.add(s.account);
                    }
                }
                return MetricValue.of(ratio(grew.size(), cohort.size()));
            }
            case CUSTOMERS_LTV -> {
                Mrr mrr = mrr(subscriptions, end);
                BigDecimal churnSum = BigDecimal.ZERO;
                int months = 0;
                for (int m = 3; m >= 1; m--) {
                    BigDecimal retention = retention(subscriptions, end.minusMonths(m), end.minusMonths(m - 1L));
                    if (retention != null) {
                        churnSum = churnSum.add(BigDecimal.ONE.subtract(retention));
                        months++;
                    }
                }
                if (mrr.byCustomer().isEmpty() || months == 0) {
                    return MetricValue.of(null, mrr.leftOut());
                }
                BigDecimal churn = churnSum.divide(BigDecimal.valueOf(months), MATH);
                BigDecimal sixty = BigDecimal.valueOf(60);
                boolean capped = churn.signum() == 0 || BigDecimal.ONE.divide(churn, MATH).compareTo(sixty) > 0;
                BigDecimal lifetime = capped ? sixty : BigDecimal.ONE.divide(churn, MATH);
                BigDecimal arpa = mrr.total().divide(BigDecimal.valueOf(mrr.byCustomer().size()), MATH);
                return new MetricValue(arpa.multiply(GROSS_MARGIN).multiply(lifetime, MATH), false, mrr.leftOut(),
                        capped);
            }
            default -> throw new IllegalArgumentException(metric.id());
        }
    }

    private List<RandomHistory.Subscription> subscriptions(Filter filter) {
        return history.subscriptions.stream().filter(s -> !s.deleted && filter.subscription(s)).toList();
    }

    private static Set<UUID> active(List<RandomHistory.Subscription> subscriptions, LocalDate day) {
        Set<UUID> active = new HashSet<>();
        subscriptions.stream().filter(s -> s.mrrOn(day) != null).forEach(s -> active.add(s.account));
        return active;
    }

    private static BigDecimal retention(List<RandomHistory.Subscription> subscriptions, LocalDate from,
            LocalDate end) {
        Set<UUID> cohort = active(subscriptions, from);
        Set<UUID> stayed = new HashSet<>(active(subscriptions, end));
        stayed.retainAll(cohort);
        return ratio(stayed.size(), cohort.size());
    }

    private static Mrr mrr(List<RandomHistory.Subscription> subscriptions, LocalDate day) {
        Map<UUID, BigDecimal> byCustomer = new HashMap<>();
        Map<UUID, Long> leftOut = new HashMap<>();
        for (RandomHistory.Subscription s : subscriptions) {
            BigDecimal mrr = s.mrrOn(day);
            if (mrr == null) {
                continue;
            }
            BigDecimal rate = rate(YearMonth.from(day), s.currency);
            if (rate == null) {
                leftOut.merge(s.account, 1L, Long::sum);
                continue;
            }
            byCustomer.merge(s.account, mrr.multiply(rate), BigDecimal::add);
        }
        return new Mrr(byCustomer, leftOut);
    }

    private static MetricValue revenue(List<RandomHistory.Deal> won) {
        BigDecimal total = BigDecimal.ZERO;
        long leftOut = 0;
        for (RandomHistory.Deal deal : won) {
            BigDecimal rate = rate(YearMonth.from(LocalDate.ofInstant(deal.wonAt, TOKYO)), deal.currency);
            if (rate == null) {
                leftOut++;
            } else {
                total = total.add(deal.amount.multiply(rate));
            }
        }
        return MetricValue.of(total, leftOut);
    }

    static BigDecimal rate(YearMonth month, String currency) {
        return currency.equals("JPY") ? BigDecimal.ONE : month.equals(MONTH_WITHOUT_RATE) ? null : USD;
    }

    private static MetricValue count(long count) {
        return MetricValue.of(BigDecimal.valueOf(count));
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0 ? null : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), MATH);
    }

    private record Mrr(Map<UUID, BigDecimal> byCustomer, Map<UUID, Long> leftOutByCustomer) {

        long leftOut() {
            return leftOutByCustomer.values().stream().mapToLong(Long::longValue).sum();
        }

        long leftOut(Set<UUID> customers) {
            return customers.stream().mapToLong(c -> leftOutByCustomer.getOrDefault(c, 0L)).sum();
        }

        BigDecimal of(UUID customer) {
            return byCustomer.getOrDefault(customer, BigDecimal.ZERO);
        }

        BigDecimal total() {
            return byCustomer.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** One filter of the comparison: a dimension and its value, or none. */
    record Filter(Metric.Dimension dimension, Object value) {

        static final Filter NONE = new Filter(null, null);

        String query() {
            return dimension == null ? "" : "&" + MetricService.parameter(dimension) + "=" + value;
        }

        boolean lead(RandomHistory.Lead lead) {
            return matches(lead.owner, lead.team, lead.source, null, null);
        }

        boolean deal(RandomHistory.Deal deal) {
            return matches(deal.owner, deal.team, deal.source, deal.pipeline, null);
        }

        boolean activity(RandomHistory.Activity activity) {
            return matches(activity.owner, activity.team, null, null, activity.type);
        }

        boolean subscription(RandomHistory.Subscription subscription) {
            return matches(subscription.owner, subscription.team, null, null, null);
        }

        private boolean matches(String owner, UUID team, String source, UUID pipeline, String type) {
            if (dimension == null) {
                return true;
            }
            Object actual = switch (dimension) {
                case OWNER -> owner;
                case TEAM -> team;
                case SOURCE -> source;
                case PIPELINE -> pipeline;
                case ACTIVITY_TYPE -> type;
            };
            return Objects.equals(actual, value);
        }
    }
}
