package dev.stride.crm.subscription;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MrrChangeRequest")
public record MrrChangeRequest(
        @Schema(description = "The new MRR, in the subscription's currency", examples = "80000")
        @NotNull @DecimalMin(value = "0", message = "must be zero or more") @Digits(integer = 15, fraction = 4)
        BigDecimal mrr,
        @Schema(description = "From which day the new MRR applies; not before the last change") @NotNull
        LocalDate effectiveOn,
        @Schema(description = "The new plan name, when it changes", nullable = true) @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String plan) {
}
