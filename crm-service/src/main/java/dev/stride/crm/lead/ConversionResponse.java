package dev.stride.crm.lead;

import dev.stride.crm.deal.DealResponse;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Conversion", requiredProperties = { "lead", "accountId", "contactId", "deal", "accountCreated",
        "contactCreated" })
public record ConversionResponse(LeadResponse lead, UUID accountId, UUID contactId, DealResponse deal,
        @Schema(description = "Whether the account was created by this conversion") boolean accountCreated,
        @Schema(description = "Whether the contact was created by this conversion") boolean contactCreated) {
}
