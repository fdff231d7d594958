package dev.stride.crm.lead;

import dev.stride.crm.platform.QueryParams;
import dev.stride.crm.platform.Text;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and order of a lead list, as query parameters: the same for a page and for the CSV export. */
public class LeadFilters {

    @Parameter(description = "Text contained in the name, company or email (case-insensitive)")
    @QueryParam("q")
    String text;

    @Parameter(description = "Only this owner's leads (a user id)")
    @QueryParam("owner")
    String owner;

    @Parameter(description = "Only those owned by the members of this team")
    @QueryParam("team")
    String team;

    @Parameter(description = "NEW, CONTACTED, QUALIFIED, CONVERTED or DISQUALIFIED")
    @QueryParam("status")
    String status;

    @Parameter(description = "Only leads from this source")
    @QueryParam("source")
    String source;

    @Parameter(description = "Only leads of this campaign")
    @QueryParam("campaign")
    String campaign;

    @Parameter(description = "Created at or after this instant (ISO 8601)")
    @QueryParam("createdFrom")
    String createdFrom;

    @Parameter(description = "Created before this instant (ISO 8601)")
    @QueryParam("createdTo")
    String createdTo;

    @Parameter(description = "-createdAt (default), createdAt, name or -name")
    @QueryParam("sort")
    String sort;

    /** The validated query; a malformed filter is a 400 naming it. */
    LeadQuery query(String cursor, int limit) {
        return new LeadQuery(Text.trimmedOrNull(text), Text.trimmedOrNull(owner), QueryParams.id("team", team),
                QueryParams.oneOf("status", status, LeadStatus.class), Text.trimmedOrNull(source),
                Text.trimmedOrNull(campaign), QueryParams.instant("createdFrom", createdFrom),
                QueryParams.instant("createdTo", createdTo), LeadSort.of(sort), cursor, limit);
    }
}
