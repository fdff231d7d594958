package dev.stride.analytics.metric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * The customer metrics of METRICS.md computed from subscriptions and their MRR changes: pure, so the maths is tested
 * on its own. A customer is an account; it is active on a day when one of its subscriptions is (started on or before
 * that day, not yet cancelled), and its MRR on a day is the sum of its subscriptions' MRR then, in the tenant currency
 * at that month's rate. A subscription whose currency has no rate that month is left out of money and counted.
 */
final class Customers {

    static final MathContext MATH = MathContext.DECIMAL64;
    /** The lifetime cap of METRICS.md, in months. */
    static final BigDecimal MAX_LIFETIME = BigDecimal.valueOf(60);

    private final List<Subscription> subscriptions;
    private final BiFunction<YearMonth, String, Optional<BigDecimal>> rates;

    Customers(List<Subscription> subscriptions, BiFunction<YearMonth, String, Optional<BigDecimal>> rates) {
        this.subscriptions = subscriptions;
        this.rates = rates;
    }

    /** Customers active on {@code day}. */
    Set<UUID> activeOn(LocalDate day) {
        Set<UUID> active = new HashSet<>();
        for (Subscription subscription : subscriptions) {
            if (subscription.activeOn(day)) {
                active.add(subscription.accountId());
            }
        }
        return active;
    }

    /** Each customer's MRR on {@code day} in the tenant currency, and how many subscriptions had no rate. */
    Mrr mrrOn(LocalDate day) {
        Map<UUID, BigDecimal> byCustomer = new HashMap<>();
        Map<UUID, Long> leftOut = new HashMap<>();
        for (Subscription subscription : subscriptions) {
            if (!subscription.activeOn(day)) {
                continue;
            }
            Optional<BigDecimal> rate = rates.apply(YearMonth.from(day), subscription.currency());
            if (rate.isEmpty()) {
                leftOut.merge(subscription.accountId(), 1L, Long::sum);
                continue;
            }
            byCustomer.merge(subscription.accountId(), subscription.mrrOn(day).multiply(rate.get()), BigDecimal::add);
        }
        return new Mrr(byCustomer, leftOut);
    }

    /** Of the customers active at {@code start}, the share still active at {@code end}; null when there were none. */
    BigDecimal retention(LocalDate start, LocalDate end) {
        Set<UUID> atStart = activeOn(start);
        if (atStart.isEmpty()) {
            return null;
        }
        Set<UUID> stayed = new HashSet<>(activeOn(end));
        stayed.retainAll(atStart);
        return BigDecimal.valueOf(stayed.size()).divide(BigDecimal.valueOf(atStart.size()), MATH);
    }

    /** Gross (true) or net (false) revenue retention of the customers active at {@code start}. */
    MetricValue revenueRetention(LocalDate start, LocalDate end, boolean gross) {
        Set<UUID> cohort = activeOn(start);
        Mrr first = mrrOn(start);
        Mrr last = mrrOn(end);
        BigDecimal startSum = BigDecimal.ZERO;
        BigDecimal endSum = BigDecimal.ZERO;
        for (UUID customer : cohort) {
            BigDecimal before = first.of(customer);
            BigDecimal after = last.of(customer);
            startSum = startSum.add(before);
            endSum = endSum.add(gross ? after.min(before) : after);
        }
        BigDecimal value = startSum.signum() == 0 ? null : endSum.divide(startSum, MATH);
        return MetricValue.of(value, first.leftOut(cohort) + last.leftOut(cohort));
    }

    /**
     * Of the customers active at {@code start}, the share with at least one MRR increase in [start, end): an upgrade
     * of a subscription or an extra subscription started in the period.
     */
    BigDecimal upsellRate(LocalDate start, LocalDate end) {
        Set<UUID> cohort = activeOn(start);
        if (cohort.isEmpty()) {
            return null;
        }
        return BigDecimal.valueOf(grew(start, end).size()).divide(BigDecimal.valueOf(cohort.size()), MATH);
    }

    /** The customers active at {@code start} with at least one MRR increase in [start, end). */
    Set<UUID> grew(LocalDate start, LocalDate end) {
        Set<UUID> cohort = activeOn(start);
        Set<UUID> grew = new HashSet<>();
        for (Subscription subscription : subscriptions) {
            if (!cohort.contains(subscription.accountId())) {
                continue;
            }
            // started after the period's first instant: one started on it is already in MRR_start
            boolean extra = subscription.startedOn().isAfter(start) && subscription.startedOn().isBefore(end);
            boolean upgraded = subscription.changes().stream().anyMatch(change -> change.raised()
                    && !change.effectiveOn().isBefore(start) && change.effectiveOn().isBefore(end));
            if (extra || upgraded) {
                grew.add(subscription.accountId());
            }
        }
        return grew;
    }

    /**
     * ARPA × gross margin × lifetime at {@code end}: ARPA = MRR ÷ active customers; lifetime = min(1 ÷ mean monthly
     * logo churn over the three months before {@code end}, 60).
     */
    MetricValue ltv(LocalDate end, BigDecimal grossMargin) {
        Mrr mrr = mrrOn(end);
        List<BigDecimal> churns = new ArrayList<>();
        for (int month = 3; month >= 1; month--) {
            BigDecimal retention = retention(end.minusMonths(month), end.minusMonths(month - 1L));
            if (retention != null) {
                churns.add(BigDecimal.ONE.subtract(retention));
            }
        }
        // customers whose whole MRR was left out for want of a rate have no known revenue: not in ARPA's count
        if (mrr.byCustomer().isEmpty() || churns.isEmpty()) {
            return MetricValue.of(null, mrr.leftOut());
        }
        BigDecimal arpa = mrr.total().divide(BigDecimal.valueOf(mrr.byCustomer().size()), MATH);
        BigDecimal churn = churns.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(churns.size()), MATH);
        boolean capped = churn.signum() == 0 || BigDecimal.ONE.divide(churn, MATH).compareTo(MAX_LIFETIME) > 0;
        BigDecimal lifetime = capped ? MAX_LIFETIME : BigDecimal.ONE.divide(churn, MATH);
        return new MetricValue(arpa.multiply(grossMargin).multiply(lifetime, MATH), false, mrr.leftOut(), capped);
    }

    /** One subscription as the facts know it, with its MRR changes in the order they took effect. */
    record Subscription(UUID id, UUID accountId, String currency, BigDecimal mrr, LocalDate startedOn,
            LocalDate cancelledOn, List<MrrStep> changes) {

        Subscription {
            changes = changes.stream()
                    .sorted(Comparator.comparing(MrrStep::effectiveOn).thenComparing(MrrStep::version)).toList();
        }

        boolean activeOn(LocalDate day) {
            return !startedOn.isAfter(day) && (cancelledOn == null || day.isBefore(cancelledOn));
        }

        /** Its MRR on a day it is active: the last change in effect, or the MRR before the first change. */
        BigDecimal mrrOn(LocalDate day) {
            BigDecimal current = changes.isEmpty() ? mrr : changes.getFirst().oldMrr();
            for (MrrStep change : changes) {
                if (change.effectiveOn().isAfter(day)) {
                    break;
                }
                current = change.newMrr();
            }
            return current;
        }
    }

    /** One MRR change of a subscription. */
    record MrrStep(LocalDate effectiveOn, long version, BigDecimal oldMrr, BigDecimal newMrr) {

        boolean raised() {
            return newMrr.compareTo(oldMrr) > 0;
        }
    }

    /**
     * Customers' MRR on one day, in the tenant currency, and per customer how many of their subscriptions were left
     * out for want of a rate.
     */
    record Mrr(Map<UUID, BigDecimal> byCustomer, Map<UUID, Long> leftOutByCustomer) {

        long leftOut() {
            return leftOutByCustomer.values().stream().mapToLong(Long::longValue).sum();
        }

        long leftOut(Set<UUID> customers) {
            return customers.stream().mapToLong(customer -> leftOutByCustomer.getOrDefault(customer, 0L)).sum();
        }

        BigDecimal of(UUID customer) {
            return byCustomer.getOrDefault(customer, BigDecimal.ZERO);
        }

        BigDecimal total() {
            return byCustomer.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }
}
