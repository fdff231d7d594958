package dev.stride.crm.activity;

import dev.stride.crm.platform.QueryParams;
import dev.stride.crm.platform.Text;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and order of an activity list, as query parameters: the same for a page and for the CSV export. */
public class ActivityFilters {

    @Parameter(description = "Text contained in the subject (case-insensitive)")
    @QueryParam("q")
    String text;

    @Parameter(description = "CALL, EMAIL, MEETING or TASK")
    @QueryParam("type")
    String type;

    @Parameter(description = "Only this owner's activities (a user id)")
    @QueryParam("owner")
    String owner;

    @Parameter(description = "Only those owned by the members of this team")
    @QueryParam("team")
    String team;

    @Parameter(description = "Only activities of this lead")
    @QueryParam("leadId")
    String leadId;

    @Parameter(description = "Only activities of this deal")
    @QueryParam("dealId")
    String dealId;

    @Parameter(description = "Only activities of this account")
    @QueryParam("accountId")
    String accountId;

    @Parameter(description = "At or after this instant (ISO 8601)")
    @QueryParam("from")
    String from;

    @Parameter(description = "Before this instant (ISO 8601)")
    @QueryParam("to")
    String to;

    @Parameter(description = "true: only done ones; false: only planned ones")
    @QueryParam("completed")
    Boolean completed;

    @Parameter(description = "true: only open activities whose time has passed")
    @QueryParam("overdue")
    @DefaultValue("false")
    boolean overdue;

    @Parameter(description = "-at (default) or at")
    @QueryParam("sort")
    String sort;

    /** The validated query; a malformed filter is a 400 naming it. */
    ActivityQuery query(String cursor, int limit) {
        return new ActivityQuery(Text.trimmedOrNull(text), QueryParams.oneOf("type", type, ActivityType.class),
                Text.trimmedOrNull(owner), QueryParams.id("team", team), QueryParams.id("leadId", leadId),
                QueryParams.id("dealId", dealId), QueryParams.id("accountId", accountId),
                QueryParams.instant("from", from), QueryParams.instant("to", to), completed, overdue,
                ActivitySort.of(sort), cursor, limit);
    }
}
