package dev.stride.kpi.settings;

import dev.stride.kpi.platform.CurrencyCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole of a tenant's settings, as an admin replaces them. */
@Schema(name = "TenantSettingsRequest")
public record SettingsRequest(
        @Schema(description = "IANA time zone in which days and periods are counted", examples = "Asia/Tokyo")
        @NotBlank String timeZone,
        @Schema(description = "Month (1-12) in which the fiscal year starts", examples = "4")
        @Min(value = 1, message = "must be a month from 1 to 12") @Max(value = 12,
                message = "must be a month from 1 to 12") int fiscalYearStartMonth,
        @Schema(description = "ISO 4217 currency in which money figures are reported", examples = "JPY")
        @NotNull @CurrencyCode String currency,
        @Schema(description = "Gross margin in percent, for LTV", examples = "72.5") @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be more than 0 and at most 100")
        @DecimalMax(value = "100", message = "must be more than 0 and at most 100") BigDecimal grossMarginPercent,
        @Schema(description = "Days a lead has to convert to count in the conversion rate", examples = "90")
        @Min(value = 1, message = "must be from 1 to 730 days") @Max(value = 730,
                message = "must be from 1 to 730 days") int leadConversionWindowDays,
        @Schema(description = "Whose national holidays are days off: JP, or null for none", nullable = true,
                examples = "JP") String nationalHolidays,
        @Schema(description = "Monthly rates of the other currencies deals and subscriptions use")
        @NotNull @Size(max = 2000) List<@Valid @NotNull ExchangeRate> exchangeRates,
        @Schema(description = "The tenant's own days off") @NotNull @Size(max = 1000)
        List<@Valid @NotNull DayOff> daysOff) {
}
