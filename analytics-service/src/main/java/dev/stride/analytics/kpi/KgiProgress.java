package dev.stride.analytics.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A KGI's progress over its span, figures as for a KPI (METRICS.md); also the data of its kpi.progress events. */
@Schema(name = "KgiProgress")
public record KgiProgress(
        @Schema(required = true) UUID kgiId,
        @Schema(required = true, examples = "年間売上目標") String name,
        @Schema(required = true, nullable = true, description = "The metric it is measured by; null for a manual "
                + "KGI, whose actual is the value last entered in kpi-service") String metricId,
        @Schema(required = true) KpiData.Direction direction,
        @Schema(required = true, description = "The KGI's first day") LocalDate periodStart,
        @Schema(required = true, description = "The day after its deadline") LocalDate periodEnd,
        @Schema(required = true, nullable = true) BigDecimal actual,
        @Schema(required = true, nullable = true) BigDecimal baseline,
        @Schema(required = true) BigDecimal target,
        @Schema(required = true, nullable = true) BigDecimal attainment,
        @Schema(required = true, nullable = true) BigDecimal expected,
        @Schema(required = true, nullable = true) BigDecimal forecast,
        @Schema(required = true, nullable = true) BigDecimal forecastLow,
        @Schema(required = true, nullable = true) BigDecimal forecastHigh,
        @Schema(required = true) Pace.Status status,
        @Schema(required = true) int workingDays,
        @Schema(required = true) int elapsedWorkingDays,
        @Schema(required = true) long leftOut) {
}
