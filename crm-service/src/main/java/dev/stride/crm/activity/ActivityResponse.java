package dev.stride.crm.activity;

import java.time.Instant;
import java.util.UUID;
import dev.stride.crm.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Activity", requiredProperties = { "id", "type", "subject", "notes", "at", "durationMinutes",
        "outcome", "completedAt", "overdue", "leadId", "dealId", "accountId", "ownerId", "createdAt", "updatedAt",
        "version" })
public record ActivityResponse(UUID id, ActivityType type, String subject, @Schema(nullable = true) String notes,
        Instant at, @Schema(nullable = true) Integer durationMinutes, @Schema(nullable = true) String outcome,
        @Schema(description = "When it was done; absent while planned", nullable = true) Instant completedAt,
        @Schema(description = "Not done and its time has passed") boolean overdue,
        @Schema(nullable = true) UUID leadId, @Schema(nullable = true) UUID dealId,
        @Schema(nullable = true) UUID accountId, String ownerId, Instant createdAt, Instant updatedAt, long version)
        implements Versions.Versioned {

    static ActivityResponse from(Activity activity, Instant now) {
        return new ActivityResponse(activity.id, activity.type, activity.subject, activity.notes, activity.at,
                activity.durationMinutes, activity.outcome, activity.completedAt,
                activity.completedAt == null && activity.at.isBefore(now), activity.leadId, activity.dealId,
                activity.accountId, activity.ownerId, activity.createdAt, activity.updatedAt, activity.version);
    }
}
