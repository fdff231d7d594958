package dev.stride.crm.subscription;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RenewRequest")
public record RenewRequest(
        @Schema(description = "The next renewal date, after the current one") @NotNull LocalDate renewsOn) {
}
