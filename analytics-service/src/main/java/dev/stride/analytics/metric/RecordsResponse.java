package dev.stride.analytics.metric;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MetricRecords", description = "The records behind a figure, which reproduce it: a count is the "
        + "number of numerator records, a sum the sum of their values, a ratio the numerator's sum ÷ the "
        + "denominator's sum")
public record RecordsResponse(
        @Schema(required = true, examples = "deals.win_rate") String metric,
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, examples = "Asia/Tokyo") String timeZone,
        @Schema(required = true, nullable = true, description = "The figure, as /metrics/{metricId} gives it")
        BigDecimal value,
        @Schema(required = true, description = "The records counted or summed (a ratio's numerator)")
        RecordSet numerator,
        @Schema(required = true, nullable = true, description = "A ratio's denominator; null for counts, sums and "
                + "snapshots") RecordSet denominator) {

    @Schema(name = "MetricRecordSet")
    public record RecordSet(
            @Schema(required = true, description = "How many records there are") long total,
            @Schema(required = true, description = "The sum of all their values (not only the listed ones)")
            BigDecimal sum,
            @Schema(required = true, description = "True when only the first `limit` records are listed")
            boolean truncated,
            @Schema(required = true) List<FigureRecord> records) {

        static RecordSet of(List<FigureRecord> all, int limit) {
            BigDecimal sum = all.stream().map(FigureRecord::value).filter(v -> v != null)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            return new RecordSet(all.size(), sum, all.size() > limit, all.subList(0, Math.min(limit, all.size())));
        }
    }

    @Schema(name = "MetricRecord", description = "One CRM record behind a figure, with what it contributes")
    public record FigureRecord(
            @Schema(required = true) Kind kind,
            @Schema(required = true, description = "The record's id (a customer's is its account id)") UUID id,
            @Schema(required = true, nullable = true, description = "When it counted (created, won, done...)")
            Instant at,
            @Schema(required = true, nullable = true, description = "The day it counted, for subscription changes")
            LocalDate on,
            @Schema(required = true, nullable = true) String ownerId,
            @Schema(required = true, nullable = true, description = "Its amount in its own currency") BigDecimal amount,
            @Schema(required = true, nullable = true) String currency,
            @Schema(required = true, nullable = true, description = "What it adds to the figure (1 for a count, the "
                    + "amount in the tenant currency for money); null when left out for want of an exchange rate")
            BigDecimal value) {
    }

    /** What kind of CRM record it is. */
    public enum Kind {
        LEAD, DEAL, ACTIVITY, SUBSCRIPTION, CUSTOMER
    }
}
