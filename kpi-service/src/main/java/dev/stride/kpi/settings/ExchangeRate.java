package dev.stride.kpi.settings;

import dev.stride.kpi.platform.CurrencyCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One unit of {@code currency} is worth {@code rate} units of the tenant's currency during {@code month}. */
@Schema(name = "ExchangeRate")
public record ExchangeRate(
        @Schema(description = "The calendar month, YYYY-MM", examples = "2026-11") @NotNull
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be a month like 2026-11") String month,
        @Schema(examples = "USD") @NotNull @CurrencyCode String currency,
        @Schema(description = "Units of the tenant's currency per unit of this one", examples = "151.2") @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be more than zero") @Digits(integer = 14,
                fraction = 10) BigDecimal rate) {
}
