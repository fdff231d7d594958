package dev.stride.analytics.metric;

import dev.stride.analytics.platform.ProblemException;
import dev.stride.analytics.platform.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The period and filters of a metric request, as query parameters; {@link #filters()} and dates check them. */
public class MetricQuery {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9998;
    private static final int MAX_TEXT = 255;

    @Parameter(description = "First day, YYYY-MM-DD, inclusive (default: the first of the current month)",
            example = "2026-11-01")
    @QueryParam("from")
    String from;

    @Parameter(description = "Day after the last day, YYYY-MM-DD, exclusive (default: a month after `from`); at most 10 "
            + "years after `from`",
            example = "2026-12-01")
    @QueryParam("to")
    String to;

    @Parameter(description = "Only this user's records") @QueryParam("ownerId")
    String ownerId;

    @Parameter(description = "Only the records of this team (the owner's team when they happened)")
    @QueryParam("teamId")
    String teamId;

    @Parameter(description = "Only leads (and their deals) from this source", example = "web") @QueryParam("source")
    String source;

    @Parameter(description = "Only deals of this pipeline") @QueryParam("pipelineId")
    String pipelineId;

    @Parameter(description = "Only activities of this type: CALL, EMAIL, MEETING or TASK", example = "CALL")
    @QueryParam("activityType")
    String activityType;

    LocalDate from() {
        return date("from", from);
    }

    LocalDate to() {
        return date("to", to);
    }

    MetricFilters filters() {
        String type = blank(activityType) ? null : activityType.trim().toUpperCase(Locale.ROOT);
        if (type != null && !Set.of("CALL", "EMAIL", "MEETING", "TASK").contains(type)) {
            throw new ProblemException.InvalidField("activityType",
                    "must be CALL, EMAIL, MEETING or TASK, not \"" + activityType + "\"");
        }
        return new MetricFilters(text("ownerId", ownerId), QueryParams.id("teamId", teamId), text("source", source),
                QueryParams.id("pipelineId", pipelineId), type);
    }

    private static String text(String field, String value) {
        if (blank(value)) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw new ProblemException.InvalidField(field, "must be at most " + MAX_TEXT + " characters");
        }
        return value.trim();
    }

    private static LocalDate date(String field, String value) {
        LocalDate date = QueryParams.date(field, value);
        if (date != null && (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR)) {
            throw new ProblemException.InvalidField(field, "must be between " + FIRST_YEAR + "-01-01 and " + LAST_YEAR
                    + "-12-31, not " + value);
        }
        return date;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
