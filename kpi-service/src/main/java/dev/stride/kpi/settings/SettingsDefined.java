package dev.stride.kpi.settings;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stride.kpi.events.DomainEvent;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * {@code stride.kpi.settings.defined.v1}: a tenant's settings in full, keyed by the tenant id, with its whole holiday
 * calendar (national holidays and its own days off, every year Stride has data for), so analytics counts periods and
 * working days without any other source.
 */
public record SettingsDefined(String tenantId, String timeZone, int fiscalYearStartMonth, String currency,
        BigDecimal grossMarginPercent, int leadConversionWindowDays, String nationalHolidays,
        List<ExchangeRate> exchangeRates, List<Holiday> holidays, long version, @JsonIgnore Instant occurredAt)
        implements DomainEvent {

    static SettingsDefined of(String tenantId, TenantSettings s, Instant at) {
        return new SettingsDefined(tenantId, s.timeZone, s.fiscalYearStartMonth, s.currency, s.grossMarginPercent,
                s.leadConversionWindowDays, s.nationalHolidays, List.copyOf(s.exchangeRates), s.holidays(null),
                s.version, at);
    }

    @Override
    public String type() {
        return "stride.kpi.settings.defined.v1";
    }

    @Override
    public String topic() {
        return DEFINITIONS;
    }

    @Override
    public String aggregateId() {
        return tenantId;
    }
}
