package dev.stride.crm.lead;

import java.time.Instant;
import java.util.UUID;
import dev.stride.crm.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Lead", requiredProperties = { "id", "name", "company", "email", "phone", "source", "campaign",
        "ownerId", "status", "disqualifyReason", "createdAt", "updatedAt", "statusChangedAt", "qualifiedAt",
        "convertedAt", "accountId", "contactId", "dealId", "version" })
public record LeadResponse(UUID id, String name, @Schema(nullable = true) String company,
        @Schema(nullable = true) String email, @Schema(nullable = true) String phone, String source,
        @Schema(nullable = true) String campaign, String ownerId, LeadStatus status,
        @Schema(nullable = true) String disqualifyReason, Instant createdAt, Instant updatedAt,
        Instant statusChangedAt, @Schema(nullable = true) Instant qualifiedAt,
        @Schema(nullable = true) Instant convertedAt,
        @Schema(description = "Set on conversion", nullable = true) UUID accountId,
        @Schema(description = "Set on conversion", nullable = true) UUID contactId,
        @Schema(description = "Set on conversion", nullable = true) UUID dealId, long version)
        implements Versions.Versioned {

    static LeadResponse from(Lead lead) {
        return new LeadResponse(lead.id, lead.name, lead.company, lead.email, lead.phone, lead.source, lead.campaign,
                lead.ownerId, lead.status, lead.disqualifyReason, lead.createdAt, lead.updatedAt,
                lead.statusChangedAt, lead.qualifiedAt, lead.convertedAt, lead.accountId, lead.contactId, lead.dealId,
                lead.version);
    }
}
