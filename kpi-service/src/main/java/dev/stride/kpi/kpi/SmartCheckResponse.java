package dev.stride.kpi.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SmartCheck", requiredProperties = { "criteria", "suggestedTarget" })
public record SmartCheckResponse(
        @Schema(description = "Specific, Measurable, Achievable, Related, Time-bound, in that order")
        List<Result> criteria,
        @Schema(description = "Baseline × (1 + growth), when there is a baseline", nullable = true)
        Suggestion suggestedTarget) {

    public enum Criterion {
        SPECIFIC, MEASURABLE, ACHIEVABLE, RELATED, TIME_BOUND
    }

    public enum Verdict {
        PASS, WARN, FAIL
    }

    @Schema(name = "SmartCriterion", requiredProperties = { "criterion", "verdict", "explanation" })
    public record Result(Criterion criterion, Verdict verdict,
            @Schema(description = "One sentence in the caller's language (Accept-Language ja or en)")
            String explanation) {
    }

    @Schema(name = "SuggestedTarget", requiredProperties = { "baseline", "baselinePeriod", "growth", "value",
            "working" })
    public record Suggestion(BigDecimal baseline,
            @Schema(description = "The period the baseline is the value of") LocalDate baselinePeriod,
            @Schema(description = "As a fraction: 0.12 is 12 %") BigDecimal growth, BigDecimal value,
            @Schema(examples = "100 (2026-10-01) × (1 + 12.0 %) = 112") String working) {
    }
}
