package dev.stride.analytics.kpi;

import dev.stride.analytics.kpi.KpiData.Direction;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;

/**
 * The progress maths of METRICS.md for one KPI in one period, pure: attainment, the expected value by today (working
 * days), a run-rate forecast with an 80 % interval, and the status judged on the forecast.
 *
 * <p>Forecast of a cumulative metric: the actual so far plus the mean per elapsed working day times the remaining
 * working days; the interval adds ± z₀.₉ × s × √remaining, s the sample standard deviation of the per-working-day
 * values (a day off's records count on the working day before it). Ratios and snapshots forecast their current value.
 * Before the period's first working day a cumulative KPI has no forecast (and no status unless already achieved).
 */
final class Pace {

    private static final MathContext MATH = MathContext.DECIMAL64;
    /** The 90th percentile of the standard normal: ±z covers 80 %. */
    private static final double Z80 = 1.2815515655446004;
    private static final BigDecimal NEAR = new BigDecimal("0.1");

    private Pace() {
    }

    /**
     * @param workingDays the period's working days in order
     * @param daily the metric per local day so far (cumulative metrics only; empty otherwise)
     * @param today the tenant's local today
     */
    static Figures of(boolean cumulative, Direction direction, BigDecimal target, BigDecimal actual,
            List<LocalDate> workingDays, SortedMap<LocalDate, BigDecimal> daily, LocalDate periodEnd, LocalDate today) {
        boolean closed = !today.isBefore(periodEnd);
        int total = workingDays.size();
        int elapsed = closed ? total : (int) workingDays.stream().filter(day -> !day.isAfter(today)).count();
        BigDecimal expected = !cumulative || target == null || total == 0 ? null
                : target.multiply(BigDecimal.valueOf(elapsed)).divide(BigDecimal.valueOf(total), MATH);
        Forecast forecast = forecast(cumulative, actual, workingDays, elapsed, daily, closed);
        return new Figures(attainment(direction, target, actual), expected, forecast,
                status(cumulative, direction, target, actual, forecast, closed), total, elapsed);
    }

    static BigDecimal attainment(Direction direction, BigDecimal target, BigDecimal actual) {
        if (target == null || actual == null) {
            return null;
        }
        if (direction == Direction.LOWER) {
            return actual.signum() == 0 ? BigDecimal.ONE : target.divide(actual, MATH);
        }
        return target.signum() == 0 ? null : actual.divide(target, MATH);
    }

    private static Forecast forecast(boolean cumulative, BigDecimal actual, List<LocalDate> workingDays, int elapsed,
            SortedMap<LocalDate, BigDecimal> daily, boolean closed) {
        if (actual == null) {
            return null;
        }
        if (!cumulative || closed) {
            return new Forecast(actual, closed ? actual : null, closed ? actual : null);
        }
        if (elapsed == 0) {
            return null;
        }
        int remaining = workingDays.size() - elapsed;
        double[] perDay = perWorkingDay(workingDays.subList(0, elapsed), daily);
        double mean = actual.doubleValue() / elapsed;
        BigDecimal value = actual.add(BigDecimal.valueOf(mean * remaining), MATH);
        if (elapsed < 2) {
            return new Forecast(value, null, null);
        }
        double variance = 0;
        for (double v : perDay) {
            variance += (v - mean) * (v - mean);
        }
        double spread = Z80 * Math.sqrt(variance / (elapsed - 1)) * Math.sqrt(remaining);
        BigDecimal low = value.subtract(BigDecimal.valueOf(spread), MATH).max(actual);
        return new Forecast(value, low, value.add(BigDecimal.valueOf(spread), MATH));
    }

    /** The values per elapsed working day; a day off's value counts on the working day before it (or the first). */
    private static double[] perWorkingDay(List<LocalDate> elapsedDays, SortedMap<LocalDate, BigDecimal> daily) {
        double[] values = new double[elapsedDays.size()];
        daily.forEach((day, value) -> {
            int index = 0;
            for (int i = 0; i < elapsedDays.size() && !elapsedDays.get(i).isAfter(day); i++) {
                index = i;
            }
            values[index] += value.doubleValue();
        });
        return values;
    }

    private static Status status(boolean cumulative, Direction direction, BigDecimal target, BigDecimal actual,
            Forecast forecast, boolean closed) {
        if (target == null || actual == null) {
            return Status.NO_DATA;
        }
        boolean higher = direction == Direction.HIGHER;
        if (closed) {
            return meets(higher, actual, target) ? Status.ACHIEVED : Status.OFF_TRACK;
        }
        if (cumulative && higher && actual.compareTo(target) >= 0) {
            return Status.ACHIEVED;
        }
        if (forecast == null) {
            return Status.NO_DATA;
        }
        if (meets(higher, forecast.value(), target)) {
            return Status.ON_TRACK;
        }
        BigDecimal near = higher ? target.multiply(BigDecimal.ONE.subtract(NEAR))
                : target.multiply(BigDecimal.ONE.add(NEAR));
        boolean intervalReaches = higher ? forecast.high() != null && forecast.high().compareTo(target) >= 0
                : forecast.low() != null && forecast.low().compareTo(target) <= 0;
        return meets(higher, forecast.value(), near) || intervalReaches ? Status.AT_RISK : Status.OFF_TRACK;
    }

    private static boolean meets(boolean higher, BigDecimal value, BigDecimal target) {
        return higher ? value.compareTo(target) >= 0 : value.compareTo(target) <= 0;
    }

    /** The status of METRICS.md, judged on the forecast in the KPI's direction. */
    public enum Status {
        ACHIEVED, ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA
    }

    /** A projected value at the period's end, with its 80 % interval (null where there is none). */
    record Forecast(BigDecimal value, BigDecimal low, BigDecimal high) {
    }

    record Figures(BigDecimal attainment, BigDecimal expected, Forecast forecast, Status status, int workingDays,
            int elapsedWorkingDays) {
    }
}
