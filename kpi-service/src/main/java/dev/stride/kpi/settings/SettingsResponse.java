package dev.stride.kpi.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TenantSettings")
public record SettingsResponse(
        @Schema(required = true, description = "IANA time zone in which days and periods are counted", examples = "Asia/Tokyo")
        String timeZone,
        @Schema(required = true, description = "Month (1-12) in which the fiscal year starts", examples = "4") int fiscalYearStartMonth,
        @Schema(required = true, description = "ISO 4217 currency in which money figures are reported", examples = "JPY")
        String currency) {

    static SettingsResponse from(TenantSettings settings) {
        return new SettingsResponse(settings.timeZone, settings.fiscalYearStartMonth, settings.currency);
    }
}
