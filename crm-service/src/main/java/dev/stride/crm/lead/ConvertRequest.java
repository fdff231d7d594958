package dev.stride.crm.lead;

import dev.stride.crm.deal.DealRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a lead becomes a customer: which account and contact (existing or new) and the deal it opens. */
@Schema(name = "ConvertRequest")
public record ConvertRequest(
        @Schema(description = "An existing account to link; default: the contact's account, else a new account named "
                + "after the lead's company (or the lead)", nullable = true) UUID accountId,
        @Schema(description = "An existing contact to link (at that account); default: a new contact from the lead",
                nullable = true) UUID contactId,
        @Schema(description = "The deal to open; its account is the one above and its source the lead's")
        @NotNull @Valid DealRequest deal) {
}
