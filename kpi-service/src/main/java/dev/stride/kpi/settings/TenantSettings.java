package dev.stride.kpi.settings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.TenantId;
import org.hibernate.type.SqlTypes;

/**
 * A tenant's calendar and money settings. A tenant without a row has the Japanese defaults of METRICS.md
 * ({@link #defaults()}); the first change (or the first definition of the tenant) stores them.
 */
@Entity
@Table(name = "tenant_settings")
class TenantSettings extends PanacheEntityBase {

    @Id
    UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, unique = true)
    String tenantId;

    @Column(name = "time_zone", nullable = false)
    String timeZone;

    @Column(name = "fiscal_year_start_month", nullable = false)
    int fiscalYearStartMonth;

    @Column(nullable = false, length = 3)
    String currency;

    @Column(name = "gross_margin_percent", nullable = false)
    BigDecimal grossMarginPercent;

    @Column(name = "lead_conversion_window_days", nullable = false)
    int leadConversionWindowDays;

    /** The country whose national holidays are days off (ISO 3166 alpha-2), or null for none. */
    @Column(name = "national_holidays")
    String nationalHolidays;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "exchange_rates", nullable = false)
    List<ExchangeRate> exchangeRates = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "days_off", nullable = false)
    List<DayOff> daysOff = new ArrayList<>();

    @Column(name = "updated_at")
    Instant updatedAt;

    @Version
    long version;

    static TenantSettings defaults() {
        TenantSettings settings = new TenantSettings();
        settings.timeZone = "Asia/Tokyo";
        settings.fiscalYearStartMonth = 4;
        settings.currency = "JPY";
        settings.grossMarginPercent = BigDecimal.valueOf(100);
        settings.leadConversionWindowDays = 90;
        settings.nationalHolidays = NationalHolidays.JAPAN;
        return settings;
    }

    /** The tenant's stored settings, or the defaults (the tenant filter scopes the query to the caller). */
    static TenantSettings current() {
        return stored().orElseGet(TenantSettings::defaults);
    }

    static Optional<TenantSettings> stored() {
        return TenantSettings.<TenantSettings>findAll().firstResultOptional();
    }

    void apply(SettingsRequest request, Instant now) {
        timeZone = request.timeZone();
        fiscalYearStartMonth = request.fiscalYearStartMonth();
        currency = request.currency();
        grossMarginPercent = request.grossMarginPercent();
        leadConversionWindowDays = request.leadConversionWindowDays();
        nationalHolidays = request.nationalHolidays();
        exchangeRates = new ArrayList<>(request.exchangeRates());
        daysOff = new ArrayList<>(request.daysOff());
        updatedAt = now;
    }

    /** The days off of {@code year} (every year when null): the national holidays and the tenant's own, by date. */
    List<Holiday> holidays(Integer year) {
        List<Holiday> days = new ArrayList<>(NationalHolidays.of(nationalHolidays));
        daysOff.forEach(day -> days.add(new Holiday(day.date(), day.name(), null, false)));
        return days.stream().filter(day -> year == null || day.date().getYear() == year)
                .sorted(Comparator.comparing(Holiday::date)).toList();
    }
}
