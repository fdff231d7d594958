package dev.stride.crm.subscription;

import dev.stride.crm.platform.QueryParams;
import dev.stride.crm.platform.Text;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The filters and order of a subscription list, as query parameters: the same for a page and for the CSV export. */
public class SubscriptionFilters {

    @Parameter(description = "Text contained in the plan name (case-insensitive)")
    @QueryParam("q")
    String text;

    @Parameter(description = "Only this account's subscriptions")
    @QueryParam("accountId")
    String accountId;

    @Parameter(description = "ACTIVE or CANCELLED")
    @QueryParam("status")
    String status;

    @Parameter(description = "Only this owner's subscriptions (a user id)")
    @QueryParam("owner")
    String owner;

    @Parameter(description = "Only those owned by the members of this team")
    @QueryParam("team")
    String team;

    @Parameter(description = "-createdAt (default) or createdAt")
    @QueryParam("sort")
    String sort;

    /** The validated query; a malformed filter is a 400 naming it. */
    SubscriptionQuery query(String cursor, int limit) {
        return new SubscriptionQuery(Text.trimmedOrNull(text), QueryParams.id("accountId", accountId),
                QueryParams.oneOf("status", status, SubscriptionStatus.class), Text.trimmedOrNull(owner),
                QueryParams.id("team", team), SubscriptionSort.of(sort), cursor, limit);
    }
}
