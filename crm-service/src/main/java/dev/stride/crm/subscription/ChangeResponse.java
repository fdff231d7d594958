package dev.stride.crm.subscription;

import dev.stride.crm.platform.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SubscriptionChange", requiredProperties = { "kind", "effectiveOn", "oldMrr", "newMrr",
        "recordedAt" })
public record ChangeResponse(ChangeKind kind, LocalDate effectiveOn, @Schema(nullable = true) BigDecimal oldMrr,
        BigDecimal newMrr, Instant recordedAt) {

    static ChangeResponse from(SubscriptionChange change, String currency) {
        return new ChangeResponse(change.kind, change.effectiveOn,
                change.oldMrr != null ? Money.atMinorUnit(change.oldMrr, currency) : null,
                Money.atMinorUnit(change.newMrr, currency), change.recordedAt);
    }
}
