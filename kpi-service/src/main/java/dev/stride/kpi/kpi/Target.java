package dev.stride.kpi.kpi;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KPI's target for one period: the period's first day (fiscal-aligned for the KPI's period type) and the value. */
@Schema(name = "Target")
public record Target(
        @Schema(description = "The period's first day", examples = "2026-10-01") @NotNull LocalDate periodStart,
        @Schema(description = "In the metric's unit; rates as fractions (0.25 = 25 %)", examples = "120") @NotNull
        @Digits(integer = 16, fraction = 4) BigDecimal value) {
}
