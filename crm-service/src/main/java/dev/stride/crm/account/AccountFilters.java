package dev.stride.crm.account;

import dev.stride.crm.platform.QueryParams;
import dev.stride.crm.platform.Text;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and order of an account list, as query parameters: the same for a page and for the CSV export. */
public class AccountFilters {

    @Parameter(description = "Text contained in the name (case-insensitive)")
    @QueryParam("q")
    String text;

    @Parameter(description = "Only this owner's accounts (a user id)")
    @QueryParam("owner")
    String owner;

    @Parameter(description = "Only those owned by the members of this team")
    @QueryParam("team")
    String team;

    @Parameter(description = "Only this size band")
    @QueryParam("sizeBand")
    String sizeBand;

    @Parameter(description = "name, -name, createdAt or -createdAt")
    @QueryParam("sort")
    String sort;

    /** The validated query; a malformed filter is a 400 naming it. */
    AccountQuery query(String cursor, int limit) {
        return new AccountQuery(Text.trimmedOrNull(text), Text.trimmedOrNull(owner), QueryParams.id("team", team),
                QueryParams.oneOf("sizeBand", sizeBand, SizeBand.class), AccountSort.of(sort), cursor, limit);
    }
}
