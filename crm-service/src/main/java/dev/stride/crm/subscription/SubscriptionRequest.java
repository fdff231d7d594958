package dev.stride.crm.subscription;

import dev.stride.crm.platform.CurrencyCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new subscription. */
@Schema(name = "SubscriptionRequest")
public record SubscriptionRequest(
        @Schema(description = "The paying account") @NotNull UUID accountId,
        @Schema(examples = "Standard") @NotBlank @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String plan,
        @Schema(description = "Monthly recurring revenue; zero or more, within the currency's minor unit",
                examples = "50000")
        @NotNull @DecimalMin(value = "0", message = "must be zero or more") @Digits(integer = 15, fraction = 4)
        BigDecimal mrr,
        @Schema(description = "ISO 4217 currency code", examples = "JPY") @NotNull @CurrencyCode String currency,
        @Schema(description = "The first day it is paid for") @NotNull LocalDate startedOn,
        @Schema(description = "The next renewal date", nullable = true) LocalDate renewsOn,
        @Schema(description = "User id of the owner; only managers and admins may give a subscription to someone "
                + "else", nullable = true)
        @Size(max = 255) String ownerId) {
}
