package dev.stride.crm.deal;

import dev.stride.crm.platform.QueryParams;
import dev.stride.crm.platform.Text;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and order of a deal list, as query parameters: the same for a page and for the CSV export. */
public class DealFilters {

    @Parameter(description = "Text contained in the name (case-insensitive)")
    @QueryParam("q")
    String text;

    @Parameter(description = "Only this owner's deals (a user id)")
    @QueryParam("owner")
    String owner;

    @Parameter(description = "Only those owned by the members of this team")
    @QueryParam("team")
    String team;

    @Parameter(description = "OPEN, WON or LOST")
    @QueryParam("status")
    String status;

    @Parameter(description = "Only deals converted from leads of this source")
    @QueryParam("source")
    String source;

    @Parameter(description = "Only deals of this pipeline")
    @QueryParam("pipelineId")
    String pipelineId;

    @Parameter(description = "Only deals in this stage")
    @QueryParam("stageId")
    String stageId;

    @Parameter(description = "Only deals of this account")
    @QueryParam("accountId")
    String accountId;

    @Parameter(description = "Created at or after this instant (ISO 8601)")
    @QueryParam("createdFrom")
    String createdFrom;

    @Parameter(description = "Created before this instant (ISO 8601)")
    @QueryParam("createdTo")
    String createdTo;

    @Parameter(description = "Expected to close on or after this date")
    @QueryParam("closeFrom")
    String closeFrom;

    @Parameter(description = "Expected to close before this date")
    @QueryParam("closeTo")
    String closeTo;

    @Parameter(description = "-createdAt (default), createdAt, name, -name, amount or -amount")
    @QueryParam("sort")
    String sort;

    /** The validated query; a malformed filter is a 400 naming it. */
    DealQuery query(String cursor, int limit) {
        return new DealQuery(Text.trimmedOrNull(text), Text.trimmedOrNull(owner), QueryParams.id("team", team),
                QueryParams.oneOf("status", status, DealStatus.class), Text.trimmedOrNull(source),
                QueryParams.id("pipelineId", pipelineId), QueryParams.id("stageId", stageId),
                QueryParams.id("accountId", accountId), QueryParams.instant("createdFrom", createdFrom),
                QueryParams.instant("createdTo", createdTo), QueryParams.date("closeFrom", closeFrom),
                QueryParams.date("closeTo", closeTo), DealSort.of(sort), cursor, limit);
    }
}
