package dev.stride.crm.deal;

import dev.stride.crm.platform.CurrencyCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new deal. The owner is the caller. */
@Schema(name = "DealRequest")
public record DealRequest(
        @Schema(description = "What is being sold, e.g. \"Acme renewal FY2027\"", examples = "Acme renewal FY2027")
        @NotBlank @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Schema(description = "Expected amount in the deal's currency; zero or more, within the currency's minor unit",
                examples = "1200000")
        @NotNull @DecimalMin(value = "0", message = "must be zero or more") @Digits(integer = 15, fraction = 4)
        BigDecimal amount,
        @Schema(description = "ISO 4217 currency code", examples = "JPY")
        @NotNull @CurrencyCode String currency) {
}
