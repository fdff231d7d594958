package dev.stride.analytics.metric;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MetricValue", description = "One metric over a period of local days [from, to) in the tenant's time zone")
public record MetricResponse(
        @Schema(examples = "deals.won.count") String metric,
        @Schema(description = "First day of the period, inclusive") LocalDate from,
        @Schema(description = "Day after the period's last day, exclusive") LocalDate to,
        @Schema(examples = "Asia/Tokyo") String timeZone,
        @Schema(description = "The value; null when it has none (a ratio with an empty denominator)", nullable = true)
        Number value) {
}
