package dev.stride.kpi.settings;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TenantSettings", requiredProperties = { "timeZone", "fiscalYearStartMonth", "currency",
        "grossMarginPercent", "leadConversionWindowDays", "nationalHolidays", "exchangeRates", "daysOff",
        "version" })
public record SettingsResponse(
        @Schema(description = "IANA time zone in which days and periods are counted", examples = "Asia/Tokyo")
        String timeZone,
        @Schema(description = "Month (1-12) in which the fiscal year starts", examples = "4") int fiscalYearStartMonth,
        @Schema(description = "ISO 4217 currency in which money figures are reported", examples = "JPY")
        String currency,
        @Schema(description = "Gross margin in percent, for LTV", examples = "100") BigDecimal grossMarginPercent,
        @Schema(description = "Days a lead has to convert to count in the conversion rate", examples = "90")
        int leadConversionWindowDays,
        @Schema(description = "Whose national holidays are days off (JP), or null", nullable = true)
        String nationalHolidays,
        List<ExchangeRate> exchangeRates, List<DayOff> daysOff,
        @Schema(description = "Also the ETag; 0 while the defaults were never changed") long version) {

    static SettingsResponse from(TenantSettings s) {
        return new SettingsResponse(s.timeZone, s.fiscalYearStartMonth, s.currency, s.grossMarginPercent,
                s.leadConversionWindowDays, s.nationalHolidays, List.copyOf(s.exchangeRates), List.copyOf(s.daysOff),
                s.version);
    }
}
