package dev.stride.crm.deal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a deal was won; both fields are optional, and so is the body. */
@Schema(name = "WinRequest")
public record WinRequest(
        @Schema(description = "The amount won, in the deal's currency (default: the deal's amount)", nullable = true)
        @DecimalMin(value = "0", message = "must be zero or more") @Digits(integer = 15, fraction = 4)
        BigDecimal amount,
        @Schema(description = "When it was won (default: now); not in the future, not before the deal was created",
                nullable = true) Instant wonAt) {
}
