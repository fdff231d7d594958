package dev.stride.analytics.settings;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.stride.analytics.platform.Checks;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A tenant's settings as kpi-service publishes them ({@code stride.kpi.settings.defined.v1}): the calendar and money
 * every figure is computed in. Until a tenant's settings arrive, {@link #defaults(ZoneId)} apply (METRICS.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TenantSettings(String timeZone, Integer fiscalYearStartMonth, String currency,
        BigDecimal grossMarginPercent, Integer leadConversionWindowDays, List<ExchangeRate> exchangeRates,
        List<Holiday> holidays) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static TenantSettings defaults(ZoneId zone) {
        return new TenantSettings(zone.getId(), 4, "JPY", HUNDRED, 90, List.of(), List.of());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The working days of [from, to): Monday to Friday, and not a holiday of the tenant (national or its own). */
    public List<LocalDate> workingDays(LocalDate from, LocalDate to) {
        Set<LocalDate> daysOff = holidays.stream().map(Holiday::date).collect(Collectors.toSet());
        List<LocalDate> working = new ArrayList<>();
        for (LocalDate day = from; day.isBefore(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && !daysOff.contains(day)) {
                working.add(day);
            }
        }
        return working;
    }

    /** Gross margin as a fraction (0.725 for 72.5 %). */
    public BigDecimal grossMargin() {
        return grossMarginPercent.movePointLeft(2);
    }

    /**
     * How many units of the tenant currency one unit of {@code from} is worth in {@code month}: 1 for the tenant's
     * own currency, empty when the tenant has no rate for that month.
     */
    public Optional<BigDecimal> rate(YearMonth month, String from) {
        if (from.equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        BigDecimal rate = null;
        for (ExchangeRate candidate : exchangeRates) {
            if (candidate.month().equals(month) && candidate.currency().equals(from)) {
                rate = candidate.rate();
            }
        }
        return Optional.ofNullable(rate);
    }

    /** What makes these settings unusable; empty when they are fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        Checks.required(problems, "timeZone", timeZone);
        Checks.required(problems, "fiscalYearStartMonth", fiscalYearStartMonth);
        Checks.required(problems, "currency", currency);
        Checks.required(problems, "grossMarginPercent", grossMarginPercent);
        Checks.required(problems, "leadConversionWindowDays", leadConversionWindowDays);
        Checks.required(problems, "exchangeRates", exchangeRates);
        Checks.required(problems, "holidays", holidays);
        Checks.currency(problems, "currency", currency);
        if (timeZone != null) {
            try {
                ZoneId.of(timeZone);
            } catch (DateTimeException e) {
                problems.add("timeZone is not a time zone: " + timeZone);
            }
        }
        if (fiscalYearStartMonth != null && (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12)) {
            problems.add("fiscalYearStartMonth must be 1 to 12, not " + fiscalYearStartMonth);
        }
        if (leadConversionWindowDays != null && leadConversionWindowDays < 1) {
            problems.add("leadConversionWindowDays must be positive, not " + leadConversionWindowDays);
        }
        if (exchangeRates != null && exchangeRates.stream().anyMatch(rate -> rate == null || rate.month() == null
                || rate.currency() == null || rate.rate() == null || rate.rate().signum() <= 0)) {
            problems.add("exchangeRates need a month, a currency and a positive rate each");
        }
        if (holidays != null && holidays.stream().anyMatch(day -> day == null || day.date() == null)) {
            problems.add("holidays need a date each");
        }
        return problems;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ExchangeRate(YearMonth month, String currency, BigDecimal rate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Holiday(LocalDate date) {
    }
}
