package dev.stride.crm.deal;

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

/** A deal's editable fields; a PUT replaces all of them. Pipeline and stage are chosen on creation only. */
@Schema(name = "DealRequest")
public record DealRequest(
        @Schema(description = "What is being sold, e.g. \"Acme renewal FY2027\"", examples = "Acme renewal FY2027")
        @NotBlank @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Schema(description = "The customer account", nullable = true) UUID accountId,
        @Schema(description = "On creation: the pipeline (default: the tenant's default pipeline). On update it must "
                + "be absent or unchanged.", nullable = true) UUID pipelineId,
        @Schema(description = "On creation: the stage (default: the pipeline's first active stage). On update it must "
                + "be absent or unchanged: move a deal with `POST /deals/{id}/stage`.", nullable = true) UUID stageId,
        @Schema(description = "Expected amount in the deal's currency; zero or more, within the currency's minor unit",
                examples = "1200000")
        @NotNull @DecimalMin(value = "0", message = "must be zero or more") @Digits(integer = 15, fraction = 4)
        BigDecimal amount,
        @Schema(description = "ISO 4217 currency code", examples = "JPY")
        @NotNull @CurrencyCode String currency,
        @Schema(description = "When the deal is expected to close", nullable = true) LocalDate expectedCloseDate,
        @Schema(description = "User id of the owner; only managers and admins may give a deal to someone else. "
                + "Default: the caller (on create) or the current owner (on update).", nullable = true)
        @Size(max = 255) String ownerId) {
}
