package dev.stride.analytics.metric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.analytics.metric.Customers.Mrr;
import dev.stride.analytics.metric.Customers.MrrStep;
import dev.stride.analytics.metric.Customers.Subscription;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CustomersTest {

    /** The period: April 2026 (the first day included, the day after the last excluded). */
    private static final LocalDate START = LocalDate.of(2026, 4, 1);
    private static final LocalDate END = LocalDate.of(2026, 5, 1);
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    private static final UUID ALPHA = account(1);
    private static final UUID BRAVO = account(2);
    private static final UUID CHARLIE = account(3);
    private static final UUID DELTA = account(4);
    private static final UUID NEWCO = account(5);

    /**
     * The example tenant (JPY), April 2026. Cohort S = {Alpha, Bravo, Charlie, Delta}; MRR at START → END:
     * Alpha 10,000 → 15,000 (upgrade on 15 April), Bravo USD 100 × 150 = 15,000 → 0 (cancelled 20 April),
     * Charlie 20,000 → 12,000 (downgrade on 5 April), Delta 5,000 → 8,000 (an extra 3,000 subscription on 10 April);
     * Newco starts at 50,000 on 8 April, after the period start, so it is no part of S.
     */
    private static final List<Subscription> EXAMPLE = List.of(
            subscription(ALPHA, "JPY", 10_000, LocalDate.of(2025, 1, 10), null, change(LocalDate.of(2026, 4, 15),
                    15_000)),
            subscription(BRAVO, "USD", 100, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 4, 20)),
            subscription(CHARLIE, "JPY", 20_000, LocalDate.of(2025, 3, 1), null, change(LocalDate.of(2026, 4, 5),
                    12_000)),
            subscription(DELTA, "JPY", 5_000, LocalDate.of(2026, 2, 1), null),
            subscription(DELTA, "JPY", 3_000, LocalDate.of(2026, 4, 10), null),
            subscription(NEWCO, "JPY", 50_000, LocalDate.of(2026, 4, 8), null));

    @Test
    void theExampleCohortRetainsThreeOfItsFourCustomers() {
        BigDecimal retention = customers(EXAMPLE).retention(START, END);

        assertCloseTo(new BigDecimal("0.75"), retention);
        assertCloseTo(new BigDecimal("0.25"), BigDecimal.ONE.subtract(retention));
    }

    /** (15,000 + 0 + 12,000 + 8,000) ÷ (10,000 + 15,000 + 20,000 + 5,000) = 35,000 ÷ 50,000. */
    @Test
    void theExampleCohortsNetRevenueRetentionIsSeventyPercent() {
        MetricValue nrr = customers(EXAMPLE).revenueRetention(START, END, false);

        assertCloseTo(new BigDecimal("0.7"), nrr.value());
        assertEquals(0, nrr.leftOut());
    }

    /** (min(15,000, 10,000) + 0 + 12,000 + min(8,000, 5,000)) ÷ 50,000 = 27,000 ÷ 50,000; revenue churn 0.46. */
    @Test
    void theExampleCohortsGrossRevenueRetentionIsFiftyFourPercent() {
        MetricValue grr = customers(EXAMPLE).revenueRetention(START, END, true);

        assertCloseTo(new BigDecimal("0.54"), grr.value());
        assertCloseTo(new BigDecimal("0.46"), BigDecimal.ONE.subtract(grr.value()));
    }

    /** Alpha upgraded and Delta added a subscription: 2 of 4 (Charlie's downgrade and Newco don't count). */
    @Test
    void theExampleCohortsUpsellRateIsHalf() {
        assertCloseTo(new BigDecimal("0.5"), customers(EXAMPLE).upsellRate(START, END));
    }

    /**
     * At END: 4 active customers (Alpha, Charlie, Delta, Newco) with 15,000 + 12,000 + 8,000 + 50,000 = 85,000 MRR,
     * ARPA 21,250; monthly churn February 0, March 0, April 0.25, mean 0.25 ÷ 3, lifetime 12 months; with a gross
     * margin of 80 %: 21,250 × 0.8 × 12 = 204,000.
     */
    @Test
    void theExampleLifetimeValueIsArpaTimesMarginTimesTwelveMonths() {
        MetricValue ltv = customers(EXAMPLE).ltv(END, new BigDecimal("0.8"));

        assertCloseTo(new BigDecimal("204000"), ltv.value());
        assertFalse(ltv.lifetimeCapped());
        assertEquals(0, ltv.leftOut());
    }

    @Test
    void theExampleHasFourActiveCustomersWithEightyFiveThousandMrrAtTheEnd() {
        Customers customers = customers(EXAMPLE);

        assertEquals(Set.of(ALPHA, CHARLIE, DELTA, NEWCO), customers.activeOn(END));
        assertCloseTo(new BigDecimal("85000"), customers.mrrOn(END).total());
        assertCloseTo(new BigDecimal("8000"), customers.mrrOn(END).of(DELTA));
    }

    /** Bravo's USD 100 is 14,000 at March's rate (140) and 15,000 at April's (150). */
    @Test
    void mrrOnADayConvertsEachSubscriptionAtThatMonthsRate() {
        Customers customers = customers(EXAMPLE);

        assertCloseTo(new BigDecimal("49000"), customers.mrrOn(LocalDate.of(2026, 3, 31)).total());
        assertCloseTo(new BigDecimal("50000"), customers.mrrOn(START).total());
        assertCloseTo(new BigDecimal("15000"), customers.mrrOn(START).of(BRAVO));
    }

    @Test
    void aSubscriptionInACurrencyWithoutARateIsLeftOutOfMrrAndCounted() {
        Customers customers = customers(List.of(subscription(ALPHA, "JPY", 10_000, LocalDate.of(2025, 1, 1), null),
                subscription(BRAVO, "EUR", 500, LocalDate.of(2025, 1, 1), null)));

        Mrr mrr = customers.mrrOn(START);

        assertCloseTo(new BigDecimal("10000"), mrr.total());
        assertEquals(1, mrr.leftOut());
        assertEquals(2, customers.activeOn(START).size());
        assertEquals(1, customers.ltv(START, BigDecimal.ONE).leftOut());
    }

    @Test
    void anExtraSubscriptionOfAnExistingCustomerIsAnUpsell() {
        Customers customers = customers(List.of(subscription(ALPHA, "JPY", 10_000, LocalDate.of(2025, 1, 1), null),
                subscription(ALPHA, "JPY", 2_000, LocalDate.of(2026, 4, 20), null),
                subscription(BRAVO, "JPY", 10_000, LocalDate.of(2025, 1, 1), null)));

        assertCloseTo(new BigDecimal("0.5"), customers.upsellRate(START, END));
    }

    /**
     * A customer whose only subscription starts on the period's first day is in S (active at START) but has neither
     * an upgrade nor an extra subscription: METRICS.md counts only increases, so its upsell rate is 0.
     */
    @Test
    void aCustomersFirstSubscriptionStartingOnThePeriodsFirstDayIsNoUpsell() {
        Customers customers = customers(List.of(subscription(ALPHA, "JPY", 10_000, START, null)));

        assertCloseTo(BigDecimal.ZERO, customers.upsellRate(START, END));
    }

    /** No churn in the trailing three months: 1 ÷ 0 has no value, so the lifetime is the cap, 60 months. */
    @Test
    void aCustomerBaseWithoutChurnHasItsLifetimeCappedAtSixtyMonths() {
        Customers customers = customers(List.of(subscription(ALPHA, "JPY", 10_000, LocalDate.of(2025, 1, 1), null)));

        MetricValue ltv = customers.ltv(END, new BigDecimal("0.5"));

        assertCloseTo(new BigDecimal("300000"), ltv.value());
        assertTrue(ltv.lifetimeCapped());
    }

    /** 1 of 100 customers lost in one of three months: churn 1 ÷ 300, 1 ÷ churn = 300 months, capped at 60. */
    @Test
    void aLowChurnHasItsLifetimeCappedAtSixtyMonths() {
        List<Subscription> subscriptions = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            subscriptions.add(subscription(account(100 + i), "JPY", 1_000, LocalDate.of(2025, 1, 1),
                    i == 0 ? LocalDate.of(2026, 4, 15) : null));
        }

        MetricValue ltv = customers(subscriptions).ltv(END, BigDecimal.ONE);

        assertCloseTo(new BigDecimal("60000"), ltv.value());
        assertTrue(ltv.lifetimeCapped());
    }

    @Property
    void retentionIsAShareOfTheCohortAndChurnIsTheShareLost(
            @ForAll("subscriptions") List<Subscription> subscriptions) {
        Set<UUID> cohort = activeAccounts(subscriptions, START);

        BigDecimal retention = customers(subscriptions).retention(START, END);

        if (cohort.isEmpty()) {
            assertNull(retention);
            return;
        }
        Set<UUID> lost = new HashSet<>(cohort);
        lost.removeAll(activeAccounts(subscriptions, END));
        assertTrue(retention.signum() >= 0 && retention.compareTo(BigDecimal.ONE) <= 0, retention.toString());
        assertCloseTo(BigDecimal.valueOf(lost.size()).divide(BigDecimal.valueOf(cohort.size()), Customers.MATH),
                BigDecimal.ONE.subtract(retention));
    }

    @Property
    void netRevenueRetentionIsNeverBelowGrossRevenueRetention(
            @ForAll("subscriptions") List<Subscription> subscriptions) {
        Customers customers = customers(subscriptions);

        BigDecimal nrr = customers.revenueRetention(START, END, false).value();
        BigDecimal grr = customers.revenueRetention(START, END, true).value();

        assertEquals(nrr == null, grr == null);
        Assume.that(grr != null);
        assertTrue(nrr.compareTo(grr) >= 0, "NRR " + nrr + " below GRR " + grr);
        assertTrue(grr.signum() >= 0 && grr.compareTo(BigDecimal.ONE) <= 0, "GRR " + grr);
    }

    @Property
    void aDowngradeReversedWithinThePeriodCostsNothing(@ForAll @IntRange(min = 2, max = 100_000) int mrr,
            @ForAll @IntRange(min = 1, max = 100_000) int downgradedTo, @ForAll @IntRange(max = 20) int downgradedOn,
            @ForAll @IntRange(min = 1, max = 9) int reversedAfter) {
        Assume.that(downgradedTo < mrr);
        LocalDate down = START.plusDays(downgradedOn);
        Customers customers = customers(List.of(subscription(ALPHA, "JPY", mrr, LocalDate.of(2025, 1, 1), null,
                change(down, downgradedTo), change(down.plusDays(reversedAfter), mrr))));

        assertCloseTo(BigDecimal.ONE, customers.revenueRetention(START, END, true).value());
    }

    @Property
    void newCustomersNeverCountInTheCohort(@ForAll("subscriptions") List<Subscription> subscriptions,
            @ForAll @IntRange(min = 1, max = 29) int startedAfter, @ForAll @IntRange(min = 1, max = 100_000) int mrr,
            @ForAll boolean cancelledInThePeriod) {
        LocalDate started = START.plusDays(startedAfter);
        LocalDate cancelled = cancelledInThePeriod ? END.minusDays(1) : null;
        List<Subscription> withNewcomer = new ArrayList<>(subscriptions);
        withNewcomer.add(subscription(account(99), "JPY", mrr, started, cancelled));
        Customers before = customers(subscriptions);
        Customers after = customers(withNewcomer);

        assertSameValue(before.retention(START, END), after.retention(START, END));
        assertSameValue(before.revenueRetention(START, END, true).value(),
                after.revenueRetention(START, END, true).value());
        assertSameValue(before.revenueRetention(START, END, false).value(),
                after.revenueRetention(START, END, false).value());
        assertSameValue(before.upsellRate(START, END), after.upsellRate(START, END));
    }

    @Property
    void upsellRateIsAShareOfTheCohort(@ForAll("subscriptions") List<Subscription> subscriptions) {
        BigDecimal rate = customers(subscriptions).upsellRate(START, END);

        assertEquals(activeAccounts(subscriptions, START).isEmpty(), rate == null);
        Assume.that(rate != null);
        assertTrue(rate.signum() >= 0 && rate.compareTo(BigDecimal.ONE) <= 0, rate.toString());
    }

    @Property
    void aSubscriptionWithoutARateAddsNothingToMrrAndCountsAsLeftOut(
            @ForAll("subscriptions") List<Subscription> subscriptions, @ForAll @IntRange(min = 1, max = 6) int owner,
            @ForAll @IntRange(min = -60, max = 60) int day, @ForAll @IntRange(min = 1, max = 100_000) int mrr) {
        LocalDate on = START.plusDays(day);
        List<Subscription> withEuros = new ArrayList<>(subscriptions);
        withEuros.add(subscription(account(owner), "EUR", mrr, on.minusDays(1), null));

        Mrr before = customers(subscriptions).mrrOn(on);
        Mrr after = customers(withEuros).mrrOn(on);

        assertEquals(before.byCustomer(), after.byCustomer());
        assertEquals(before.leftOut() + 1, after.leftOut());
    }

    @Property
    void theLifetimeValueIsNeverMoreThanSixtyMonthsOfArpa(@ForAll("subscriptions") List<Subscription> subscriptions,
            @ForAll @IntRange(min = 1, max = 100) int marginPercent) {
        Customers customers = customers(subscriptions);
        BigDecimal margin = BigDecimal.valueOf(marginPercent).movePointLeft(2);

        MetricValue ltv = customers.ltv(END, margin);

        Assume.that(ltv.value() != null);
        Mrr mrr = customers.mrrOn(END);
        // ARPA over the customers with a known MRR (those entirely left out for want of a rate have none)
        BigDecimal arpa = mrr.total().divide(BigDecimal.valueOf(mrr.byCustomer().size()), Customers.MATH);
        BigDecimal cap = arpa.multiply(margin).multiply(Customers.MAX_LIFETIME);
        assertTrue(ltv.value().compareTo(cap.add(TOLERANCE.multiply(cap.max(BigDecimal.ONE)))) <= 0,
                ltv.value() + " above " + cap);
        if (ltv.lifetimeCapped()) {
            assertCloseTo(cap, ltv.value());
        }
    }

    /** Up to 12 subscriptions of 6 accounts around the period, some with MRR changes, some in USD or EUR. */
    @Provide
    Arbitrary<List<Subscription>> subscriptions() {
        Arbitrary<Integer> owner = Arbitraries.integers().between(1, 6);
        Arbitrary<String> currency = Arbitraries.frequency(Tuple.of(6, "JPY"), Tuple.of(2, "USD"), Tuple.of(1, "EUR"));
        Arbitrary<Integer> mrr = Arbitraries.integers().between(1, 100_000);
        Arbitrary<Integer> startedOn = Arbitraries.integers().between(-150, 40);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 200).injectNull(0.4);
        Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(1, 40).list().ofMaxSize(4);
        Arbitrary<List<Integer>> mrrs = Arbitraries.integers().between(1, 100_000).list().ofSize(4);
        return Combinators.combine(owner, currency, mrr, startedOn, length, gaps, mrrs)
                .as((account, code, initial, offset, days, changeGaps, changeMrrs) -> {
                    LocalDate started = START.plusDays(offset);
                    List<Change> changes = new ArrayList<>();
                    LocalDate on = started;
                    for (int i = 0; i < changeGaps.size(); i++) {
                        on = on.plusDays(changeGaps.get(i));
                        changes.add(change(on, changeMrrs.get(i)));
                    }
                    return subscription(account(account), code, initial, started,
                            days == null ? null : started.plusDays(days), changes.toArray(Change[]::new));
                })
                .list().ofMaxSize(12);
    }

    private static Customers customers(List<Subscription> subscriptions) {
        return new Customers(subscriptions, CustomersTest::rate);
    }

    /** JPY is the tenant currency; USD is 140 in March 2026 and 150 otherwise; EUR has no rate. */
    private static Optional<BigDecimal> rate(YearMonth month, String currency) {
        return switch (currency) {
            case "JPY" -> Optional.of(BigDecimal.ONE);
            case "USD" -> Optional.of(BigDecimal.valueOf(month.equals(YearMonth.of(2026, 3)) ? 140 : 150));
            default -> Optional.empty();
        };
    }

    /** A subscription starting at {@code mrr} whose changes follow one another, each from the MRR before it. */
    private static Subscription subscription(UUID account, String currency, int mrr, LocalDate startedOn,
            LocalDate cancelledOn, Change... changes) {
        List<MrrStep> steps = new ArrayList<>();
        BigDecimal current = BigDecimal.valueOf(mrr);
        for (Change change : changes) {
            BigDecimal next = BigDecimal.valueOf(change.mrr());
            steps.add(new MrrStep(change.on(), steps.size() + 1L, current, next));
            current = next;
        }
        return new Subscription(UUID.randomUUID(), account, currency, current, startedOn, cancelledOn, steps);
    }

    private static Change change(LocalDate on, int mrr) {
        return new Change(on, mrr);
    }

    private static UUID account(int number) {
        return new UUID(0, number);
    }

    /** The accounts with a subscription started on or before {@code day} and not cancelled by then. */
    private static Set<UUID> activeAccounts(List<Subscription> subscriptions, LocalDate day) {
        Set<UUID> active = new HashSet<>();
        for (Subscription subscription : subscriptions) {
            if (!subscription.startedOn().isAfter(day)
                    && (subscription.cancelledOn() == null || subscription.cancelledOn().isAfter(day))) {
                active.add(subscription.accountId());
            }
        }
        return active;
    }

    private static void assertSameValue(BigDecimal expected, BigDecimal actual) {
        if (expected == null) {
            assertNull(actual);
        } else {
            assertCloseTo(expected, actual);
        }
    }

    private static void assertCloseTo(BigDecimal expected, BigDecimal actual) {
        assertNotNull(actual, "expected " + expected + " but was null");
        BigDecimal allowed = TOLERANCE.multiply(expected.abs().max(BigDecimal.ONE));
        assertTrue(expected.subtract(actual).abs().compareTo(allowed) <= 0, "expected " + expected + " but was "
                + actual);
    }

    /** An MRR change of a fixture subscription: the new MRR from {@code on}. */
    private record Change(LocalDate on, int mrr) {
    }
}
