package dev.stride.crm.contact;

import dev.stride.crm.platform.QueryParams;
import dev.stride.crm.platform.Text;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and order of a contact list, as query parameters: the same for a page and for the CSV export. */
public class ContactFilters {

    @Parameter(description = "Text contained in the name, kana or email (case-insensitive)")
    @QueryParam("q")
    String text;

    @Parameter(description = "Only the contacts of this account (its id)")
    @QueryParam("account")
    String account;

    @Parameter(description = "Only this owner's contacts (a user id)")
    @QueryParam("owner")
    String owner;

    @Parameter(description = "Only those owned by the members of this team")
    @QueryParam("team")
    String team;

    @Parameter(description = "name (by kana reading where there is one), -name, createdAt or -createdAt")
    @QueryParam("sort")
    String sort;

    /** The validated query; a malformed filter is a 400 naming it. */
    ContactQuery query(String cursor, int limit) {
        return new ContactQuery(Text.trimmedOrNull(text), QueryParams.id("account", account),
                Text.trimmedOrNull(owner), QueryParams.id("team", team), ContactSort.of(sort), cursor, limit);
    }
}
