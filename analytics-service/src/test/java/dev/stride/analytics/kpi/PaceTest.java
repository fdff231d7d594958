package dev.stride.analytics.kpi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.stride.analytics.kpi.KpiData.Direction;
import dev.stride.analytics.kpi.Pace.Figures;
import dev.stride.analytics.kpi.Pace.Forecast;
import dev.stride.analytics.kpi.Pace.Status;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class PaceTest {

    /** A Monday: the generated periods' working days run Monday to Friday from here. */
    private static final LocalDate FIRST_MONDAY = LocalDate.of(2026, 6, 1);
    private static final BigDecimal TOLERANCE = new BigDecimal("1e-9");

    @Property
    void forecastOfACumulativeKpiIsNeverBelowItsActual(@ForAll @Size(max = 40) List<@IntRange(max = 10_000) Integer>
            perDay, @ForAll @IntRange(max = 40) int remaining, @ForAll Direction direction,
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal target) {
        Assume.that(perDay.size() + remaining > 0);

        Figures figures = progress(true, direction, target, perDay, remaining, false);

        Assume.that(!perDay.isEmpty());
        BigDecimal actual = sum(perDay);
        assertTrue(figures.forecast().value().compareTo(actual) >= 0,
                "forecast " + figures.forecast().value() + " below the actual " + actual);
    }

    @Property
    void theForecastLiesWithinItsInterval(@ForAll @Size(max = 40) List<@IntRange(max = 10_000) Integer> perDay,
            @ForAll @IntRange(max = 40) int remaining, @ForAll Direction direction,
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal target, @ForAll boolean closed) {
        Assume.that(perDay.size() + remaining > 0);

        Forecast forecast = progress(true, direction, target, perDay, remaining, closed).forecast();

        Assume.that(forecast != null && forecast.low() != null);
        assertNotNull(forecast.high());
        assertTrue(forecast.low().compareTo(sum(perDay)) >= 0, "low " + forecast.low() + " below the actual");
        assertTrue(forecast.low().compareTo(forecast.value()) <= 0, forecast.toString());
        assertTrue(forecast.value().compareTo(forecast.high()) <= 0, forecast.toString());
    }

    @Property
    void expectedIsTheTargetTimesTheShareOfElapsedWorkingDays(
            @ForAll @Size(max = 40) List<@IntRange(max = 10_000) Integer> perDay,
            @ForAll @IntRange(max = 40) int remaining,
            @ForAll @BigRange(min = "0", max = "100000000") @Scale(2) BigDecimal target) {
        Assume.that(perDay.size() + remaining > 0);
        int total = perDay.size() + remaining;

        Figures figures = progress(true, Direction.HIGHER, target, perDay, remaining, false);

        assertEquals(total, figures.workingDays());
        assertEquals(perDay.size(), figures.elapsedWorkingDays());
        assertCloseTo(target.multiply(BigDecimal.valueOf(perDay.size())),
                figures.expected().multiply(BigDecimal.valueOf(total)));
        assertTrue(figures.expected().compareTo(target) <= 0, figures.expected() + " above the target " + target);
    }

    /** Statuses from best to worst: ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK (the enum's order). */
    @Property
    void aHigherActualNeverGivesAWorseStatusForAHigherKpi(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(max = 10_000) Integer> perDay,
            @ForAll @IntRange(max = 40) int remaining, @ForAll @IntRange(min = 1, max = 10_000) int more,
            @ForAll @IntRange(max = 39) int where, @ForAll @BigRange(min = "0", max = "1000000") @Scale(2)
            BigDecimal target, @ForAll boolean cumulative, @ForAll boolean closed) {
        List<Integer> higher = new ArrayList<>(perDay);
        int day = where % perDay.size();
        higher.set(day, higher.get(day) + more);

        Status lowerStatus = progress(cumulative, Direction.HIGHER, target, perDay, remaining, closed).status();
        Status higherStatus = progress(cumulative, Direction.HIGHER, target, higher, remaining, closed).status();

        assertTrue(higherStatus.compareTo(lowerStatus) <= 0,
                lowerStatus + " for " + sum(perDay) + " but " + higherStatus + " for " + sum(higher));
    }

    @Property
    void aLowerActualNeverGivesAWorseStatusForALowerIsBetterKpi(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(max = 10_000) Integer> perDay,
            @ForAll @IntRange(max = 40) int remaining, @ForAll @IntRange(min = 1, max = 10_000) int more,
            @ForAll @IntRange(max = 39) int where, @ForAll @BigRange(min = "0", max = "1000000") @Scale(2)
            BigDecimal target, @ForAll boolean cumulative, @ForAll boolean closed) {
        List<Integer> higher = new ArrayList<>(perDay);
        int day = where % perDay.size();
        higher.set(day, higher.get(day) + more);

        Status lowerStatus = progress(cumulative, Direction.LOWER, target, perDay, remaining, closed).status();
        Status higherStatus = progress(cumulative, Direction.LOWER, target, higher, remaining, closed).status();

        assertTrue(lowerStatus.compareTo(higherStatus) <= 0,
                higherStatus + " for " + sum(higher) + " but " + lowerStatus + " for " + sum(perDay));
    }

    @Property
    void lowerIsBetterAttainmentIsTheTargetOverTheActual(
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(4) BigDecimal target,
            @ForAll @BigRange(min = "0.0001", max = "1000000") @Scale(4) BigDecimal actual) {
        BigDecimal attainment = Pace.attainment(Direction.LOWER, target, actual);

        assertCloseTo(target, attainment.multiply(actual));
    }

    @Test
    void anActualOfZeroFullyAttainsALowerIsBetterKpi() {
        assertEquals(0, BigDecimal.ONE.compareTo(Pace.attainment(Direction.LOWER, new BigDecimal("0.04"),
                BigDecimal.ZERO)));
        assertEquals(0, BigDecimal.ONE.compareTo(Pace.attainment(Direction.LOWER, BigDecimal.ZERO, BigDecimal.ZERO)));
    }

    @Test
    void aHigherIsBetterKpiWithATargetOfZeroHasNoAttainment() {
        assertNull(Pace.attainment(Direction.HIGHER, BigDecimal.ZERO, BigDecimal.TEN));
    }

    @Property
    void aClosedPeriodIsAchievedOrOffTrackOnly(@ForAll @Size(max = 40) List<@IntRange(max = 10_000) Integer> perDay,
            @ForAll @IntRange(max = 40) int remaining, @ForAll Direction direction, @ForAll boolean cumulative,
            @ForAll @BigRange(min = "0", max = "1000000") @Scale(2) BigDecimal target) {
        Assume.that(perDay.size() + remaining > 0);

        Status status = progress(cumulative, direction, target, perDay, remaining, true).status();

        int comparison = sum(perDay).compareTo(target);
        boolean met = direction == Direction.HIGHER ? comparison >= 0 : comparison <= 0;
        assertTrue(Set.of(Status.ACHIEVED, Status.OFF_TRACK).contains(status), status.toString());
        assertEquals(met ? Status.ACHIEVED : Status.OFF_TRACK, status);
    }

    @Property
    void withoutATargetOrAnActualThereIsNoData(@ForAll boolean targetKnown, @ForAll boolean actualKnown,
            @ForAll boolean cumulative, @ForAll Direction direction, @ForAll boolean closed,
            @ForAll @IntRange(max = 40) int elapsed, @ForAll @IntRange(max = 40) int remaining) {
        Assume.that(!(targetKnown && actualKnown));
        Assume.that(elapsed + remaining > 0);
        List<LocalDate> days = workingDays(elapsed + remaining);
        LocalDate periodEnd = days.getLast().plusDays(1);
        LocalDate today = closed ? periodEnd : elapsed == 0 ? days.getFirst().minusDays(1) : days.get(elapsed - 1);

        Figures figures = Pace.of(cumulative, direction, targetKnown ? BigDecimal.TEN : null,
                actualKnown ? BigDecimal.ONE : null, days, new TreeMap<>(), periodEnd, today);

        assertEquals(Status.NO_DATA, figures.status());
        assertNull(figures.attainment());
    }

    @Test
    void halfwayThroughThePeriodAtHalfTheTargetIsOnTrack() {
        Figures figures = progress(true, Direction.HIGHER, new BigDecimal("100"), Collections.nCopies(10, 5), 10,
                false);

        assertEquals(20, figures.workingDays());
        assertEquals(10, figures.elapsedWorkingDays());
        assertCloseTo(new BigDecimal("50"), figures.expected());
        assertCloseTo(new BigDecimal("0.5"), figures.attainment());
        assertCloseTo(new BigDecimal("100"), figures.forecast().value());
        assertCloseTo(new BigDecimal("100"), figures.forecast().low());
        assertCloseTo(new BigDecimal("100"), figures.forecast().high());
        assertEquals(Status.ON_TRACK, figures.status());
    }

    /**
     * 4 of 8 working days at 1, 3, 1, 3: actual 8, mean 2, forecast 8 + 2 × 4 = 16; s = √(4 ÷ 3), so the interval is
     * 16 ± 1.2815515655 × √(4 ÷ 3) × √4 = 16 ± 2.9596166, i.e. [13.0403834, 18.9596166].
     */
    @Test
    void aForecastShortOfTheTargetWhoseIntervalReachesItIsAtRisk() {
        Figures figures = progress(true, Direction.HIGHER, new BigDecimal("18"), List.of(1, 3, 1, 3), 4, false);

        assertCloseTo(new BigDecimal("16"), figures.forecast().value());
        assertEquals(13.0403834, figures.forecast().low().doubleValue(), 1e-6);
        assertEquals(18.9596166, figures.forecast().high().doubleValue(), 1e-6);
        assertCloseTo(new BigDecimal("9"), figures.expected());
        assertEquals(Status.AT_RISK, figures.status());
    }

    /** 4 of 8 working days at 2 each: forecast 16 with no interval, and 16 is within 10 % of 17.5 (15.75). */
    @Test
    void aForecastWithinTenPercentOfTheTargetIsAtRisk() {
        Figures figures = progress(true, Direction.HIGHER, new BigDecimal("17.5"), List.of(2, 2, 2, 2), 4, false);

        assertCloseTo(new BigDecimal("16"), figures.forecast().high());
        assertEquals(Status.AT_RISK, figures.status());
    }

    @Test
    void aForecastOutsideTenPercentWhoseIntervalFallsShortIsOffTrack() {
        assertEquals(Status.OFF_TRACK,
                progress(true, Direction.HIGHER, new BigDecimal("18"), List.of(2, 2, 2, 2), 4, false).status());
        assertEquals(Status.OFF_TRACK,
                progress(true, Direction.HIGHER, new BigDecimal("19.5"), List.of(1, 3, 1, 3), 4, false).status());
    }

    /**
     * Working days Thursday 4, Friday 5, Monday 8 and Tuesday 9 June 2026, today Monday: the Wednesday before the first
     * working day counts on Thursday and the Saturday on Friday, so every elapsed working day has 2 and the interval
     * has no width.
     */
    @Test
    void aDayOffsRecordsCountOnTheWorkingDayBeforeIt() {
        List<LocalDate> days = List.of(LocalDate.of(2026, 6, 4), LocalDate.of(2026, 6, 5), LocalDate.of(2026, 6, 8),
                LocalDate.of(2026, 6, 9));
        SortedMap<LocalDate, BigDecimal> daily = new TreeMap<>();
        daily.put(LocalDate.of(2026, 6, 3), BigDecimal.ONE);
        daily.put(LocalDate.of(2026, 6, 4), BigDecimal.ONE);
        daily.put(LocalDate.of(2026, 6, 6), BigDecimal.TWO);
        daily.put(LocalDate.of(2026, 6, 8), BigDecimal.TWO);

        Figures figures = Pace.of(true, Direction.HIGHER, new BigDecimal("8"), new BigDecimal("6"), days, daily,
                LocalDate.of(2026, 6, 10), LocalDate.of(2026, 6, 8));

        assertEquals(3, figures.elapsedWorkingDays());
        assertCloseTo(new BigDecimal("8"), figures.forecast().value());
        assertCloseTo(new BigDecimal("8"), figures.forecast().low());
        assertCloseTo(new BigDecimal("8"), figures.forecast().high());
        assertEquals(Status.ON_TRACK, figures.status());
    }

    @Test
    void aCumulativeHigherIsBetterKpiThatReachedItsTargetIsAchievedBeforeThePeriodEnds() {
        Figures figures = progress(true, Direction.HIGHER, new BigDecimal("100"), List.of(40, 30, 30), 17, false);

        assertEquals(Status.ACHIEVED, figures.status());
    }

    @Test
    void aRatioForecastsItsCurrentValueWithoutExpectedValueOrInterval() {
        Figures figures = ratio(Direction.HIGHER, "0.35", "0.32", false);

        assertNull(figures.expected());
        assertCloseTo(new BigDecimal("0.32"), figures.forecast().value());
        assertNull(figures.forecast().low());
        assertNull(figures.forecast().high());
        assertEquals(Status.AT_RISK, figures.status());
        assertEquals(Status.OFF_TRACK, ratio(Direction.HIGHER, "0.35", "0.31", false).status());
    }

    @Test
    void aLowerIsBetterRatioIsJudgedBelowItsTarget() {
        assertEquals(Status.ON_TRACK, ratio(Direction.LOWER, "0.04", "0.04", false).status());
        assertEquals(Status.AT_RISK, ratio(Direction.LOWER, "0.04", "0.044", false).status());
        assertEquals(Status.OFF_TRACK, ratio(Direction.LOWER, "0.04", "0.045", false).status());
        assertEquals(Status.ACHIEVED, ratio(Direction.LOWER, "0.04", "0.04", true).status());
        assertCloseTo(new BigDecimal("0.8"), ratio(Direction.LOWER, "0.04", "0.05", false).attainment());
    }

    /**
     * A KPI over {@code perDay.size() + remaining} working days from {@link #FIRST_MONDAY}, today the last of the
     * first {@code perDay.size()} (the day before the first when there are none) or the period's end when closed; a
     * cumulative KPI has {@code perDay} as its daily values, and its actual is their sum either way.
     */
    @Test
    void beforeThePeriodsFirstWorkingDayACumulativeKpiHasNoForecastYet() {
        Figures figures = progress(true, Direction.HIGHER, new BigDecimal("100"), List.of(), 20, false);

        assertNull(figures.forecast());
        assertEquals(Status.NO_DATA, figures.status());
        assertEquals(0, figures.elapsedWorkingDays());
    }

    private static Figures progress(boolean cumulative, Direction direction, BigDecimal target, List<Integer> perDay,
            int remaining, boolean closed) {
        List<LocalDate> days = workingDays(perDay.size() + remaining);
        SortedMap<LocalDate, BigDecimal> daily = new TreeMap<>();
        if (cumulative) {
            for (int i = 0; i < perDay.size(); i++) {
                daily.put(days.get(i), BigDecimal.valueOf(perDay.get(i)));
            }
        }
        LocalDate periodEnd = days.getLast().plusDays(1);
        LocalDate today = closed ? periodEnd
                : perDay.isEmpty() ? days.getFirst().minusDays(1) : days.get(perDay.size() - 1);
        return Pace.of(cumulative, direction, target, sum(perDay), days, daily, periodEnd, today);
    }

    /** A ratio KPI in a 20-working-day period, 10 of them elapsed unless the period is closed. */
    private static Figures ratio(Direction direction, String target, String actual, boolean closed) {
        List<LocalDate> days = workingDays(20);
        LocalDate periodEnd = days.getLast().plusDays(1);
        return Pace.of(false, direction, new BigDecimal(target), new BigDecimal(actual), days, new TreeMap<>(),
                periodEnd, closed ? periodEnd : days.get(9));
    }

    private static List<LocalDate> workingDays(int count) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = FIRST_MONDAY; days.size() < count; day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(day);
            }
        }
        return days;
    }

    private static BigDecimal sum(List<Integer> values) {
        return BigDecimal.valueOf(values.stream().mapToLong(Integer::longValue).sum());
    }

    private static void assertCloseTo(BigDecimal expected, BigDecimal actual) {
        assertNotNull(actual, "expected " + expected + " but was null");
        BigDecimal allowed = TOLERANCE.multiply(expected.abs().max(BigDecimal.ONE));
        assertTrue(expected.subtract(actual).abs().compareTo(allowed) <= 0, "expected " + expected + " but was "
                + actual);
    }
}
