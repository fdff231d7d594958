package dev.stride.kpi.kpi;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value to compare a KPI with: an industry average or a named competitor's, with where it comes from and when. */
@Schema(name = "Benchmark")
public record Benchmark(@NotNull Kind kind,
        @Schema(description = "The industry or the competitor", examples = "SaaS (Japan)") @NotBlank @Size(max = 200)
        String name,
        @Schema(examples = "0.21") @NotNull @Digits(integer = 16, fraction = 4) BigDecimal value,
        @Schema(description = "Where the figure comes from", examples = "Nikkei survey 2026") @NotBlank
        @Size(max = 500) String source,
        @Schema(description = "The date the figure is for", examples = "2026-06-30") @NotNull LocalDate asOf) {

    public enum Kind {
        INDUSTRY_AVERAGE, COMPETITOR
    }
}
