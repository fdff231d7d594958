package dev.stride.crm.subscription;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import dev.stride.crm.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Subscription", requiredProperties = { "id", "accountId", "plan", "mrr", "currency", "status",
        "startedOn", "renewsOn", "cancelledOn", "cancelReason", "ownerId", "createdAt", "updatedAt", "version" })
public record SubscriptionResponse(UUID id, UUID accountId, String plan,
        @Schema(description = "The latest MRR, from the effective date of its change") BigDecimal mrr,
        String currency, SubscriptionStatus status, LocalDate startedOn, @Schema(nullable = true) LocalDate renewsOn,
        @Schema(nullable = true) LocalDate cancelledOn, @Schema(nullable = true) String cancelReason, String ownerId,
        Instant createdAt, Instant updatedAt, long version)
        implements Versions.Versioned {

    static SubscriptionResponse from(Subscription s) {
        return new SubscriptionResponse(s.id, s.accountId, s.plan, s.mrr, s.currency, s.status, s.startedOn,
                s.renewsOn, s.cancelledOn, s.cancelReason, s.ownerId, s.createdAt, s.updatedAt, s.version);
    }
}
