package dev.stride.kpi.okr;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CheckInRequest")
public record CheckInRequest(
        @Schema(description = "Where the key result stands now", examples = "7") @NotNull
        @Digits(integer = 16, fraction = 4) BigDecimal value,
        @Schema(description = "0 (no chance) to 10 (certain)", examples = "6") @NotNull
        @Min(value = 0, message = "must be from 0 to 10") @Max(value = 10, message = "must be from 0 to 10")
        Integer confidence,
        @Schema(examples = "展示会で 2 社と契約") @Size(max = 1000) String note) {
}
