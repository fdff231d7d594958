package dev.stride.kpi.goal;

import dev.stride.kpi.metric.Metric;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "KgiRequest")
public record KgiRequest(
        @Schema(examples = "売上を前年比30%伸ばす") @NotBlank @Size(max = 200) String name,
        @Size(max = 2000) String description,
        @Schema(description = "A metric of GET /metrics; absent for a goal tracked by hand", nullable = true,
                examples = "deals.won.amount") String metricId,
        @Schema(description = "A manual goal's unit, e.g. % or stores", nullable = true) @Size(max = 30) String unit,
        @Schema(description = "Which way is better; by default the metric's (higher for manual goals)",
                nullable = true) Metric.Direction direction,
        @Schema(description = "Where it starts from, e.g. last year's revenue", nullable = true)
        @Digits(integer = 16, fraction = 4) BigDecimal baseline,
        @Schema(examples = "130000000") @NotNull @Digits(integer = 16, fraction = 4) BigDecimal target,
        @Schema(description = "A manual goal's value as last reported", nullable = true)
        @Digits(integer = 16, fraction = 4) BigDecimal currentValue,
        @Schema(examples = "2026-04-01") @NotNull LocalDate startsOn,
        @Schema(description = "The last day to reach it by", examples = "2027-03-31") @NotNull LocalDate deadline,
        @Schema(description = "User id of who answers for it", nullable = true) @Size(max = 255) String ownerId) {
}
