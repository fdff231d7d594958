package dev.stride.analytics.metric;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MetricValue", description = "One metric over a period of local days [from, to) in the tenant's time zone")
public record MetricResponse(
        @Schema(required = true, examples = "deals.won.count") String metric,
        @Schema(required = true, description = "First day of the period, inclusive") LocalDate from,
        @Schema(required = true, description = "Day after the period's last day, exclusive") LocalDate to,
        @Schema(required = true, examples = "Asia/Tokyo") String timeZone,
        @Schema(required = true, nullable = true,
                description = "The value; null when it has none (a ratio with an empty denominator)")
        Number value) {
}
