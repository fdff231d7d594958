package dev.stride.analytics.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MetricSeries", description = "A metric bucket by bucket over [from, to): every bucket's value is the "
        + "metric over that bucket, so the buckets of a count or sum add up to the period's value")
public record SeriesResponse(
        @Schema(required = true, examples = "deals.won.amount") String metric,
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, examples = "Asia/Tokyo") String timeZone,
        @Schema(required = true) Bucket bucket,
        @Schema(required = true) List<Point> points) {

    /** How a series is cut: local days, weeks from Monday, calendar months (the first and last may be partial). */
    public enum Bucket {
        DAY, WEEK, MONTH
    }

    @Schema(name = "MetricPoint")
    public record Point(
            @Schema(required = true) LocalDate from,
            @Schema(required = true) LocalDate to,
            @Schema(required = true, nullable = true) BigDecimal value) {
    }
}
