package dev.stride.kpi.okr;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KeyResultRequest")
public record KeyResultRequest(
        @Schema(examples = "福岡の新規取引先を 12 社にする") @NotBlank @Size(max = 200) String title,
        @Schema(description = "A metric of GET /metrics it is measured by; absent when tracked by hand",
                nullable = true) String metricId,
        @Schema(description = "The KPI it relates to", nullable = true) UUID kpiId,
        @Schema(examples = "3") @NotNull @Digits(integer = 16, fraction = 4) BigDecimal startValue,
        @Schema(examples = "12") @NotNull @Digits(integer = 16, fraction = 4) BigDecimal targetValue,
        @Schema(description = "Where it stands; the start value by default", nullable = true)
        @Digits(integer = 16, fraction = 4) BigDecimal currentValue,
        @Schema(description = "0 (no chance) to 10 (certain); 5 by default", nullable = true)
        @Min(value = 0, message = "must be from 0 to 10") @Max(value = 10, message = "must be from 0 to 10")
        Integer confidence,
        @Schema(description = "Who checks in on it; they may, even as a rep", nullable = true) @Size(max = 255)
        String ownerId) {

    static final int DEFAULT_CONFIDENCE = 5;
}
