package dev.stride.analytics.metric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Leaderboard", description = "A metric per person or team over a period, best first in the metric's "
        + "natural direction; those without a value come last")
public record LeaderboardResponse(
        @Schema(required = true, examples = "deals.won.amount") String metric,
        @Schema(required = true) LocalDate from,
        @Schema(required = true) LocalDate to,
        @Schema(required = true, examples = "Asia/Tokyo") String timeZone,
        @Schema(required = true) By by,
        @Schema(required = true) List<Entry> entries) {

    /** Who is ranked: the owners of the records, or their teams (the owner's team when the record counted). */
    public enum By {
        OWNER, TEAM
    }

    @Schema(name = "LeaderboardEntry")
    public record Entry(
            @Schema(required = true, description = "1 for the best; equal values share a rank") int rank,
            @Schema(required = true, description = "The owner's user id, or the team's id") String key,
            @Schema(required = true, nullable = true) BigDecimal value) {
    }
}
