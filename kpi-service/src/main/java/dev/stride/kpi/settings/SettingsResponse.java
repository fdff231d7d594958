package dev.stride.kpi.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TenantSettings")
public record SettingsResponse(
        @Schema(description = "IANA time zone in which days and periods are counted", examples = "Asia/Tokyo")
        String timeZone,
        @Schema(description = "Month (1-12) in which the fiscal year starts", examples = "4") int fiscalYearStartMonth,
        @Schema(description = "ISO 4217 currency in which money figures are reported", examples = "JPY")
        String currency) {

    static SettingsResponse from(TenantSettings settings) {
        return new SettingsResponse(settings.timeZone, settings.fiscalYearStartMonth, settings.currency);
    }
}
