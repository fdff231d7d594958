package dev.stride.crm.deal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Deal", requiredProperties = { "id", "name", "amount", "currency", "status", "ownerId", "createdAt",
        "wonAt", "version" })
public record DealResponse(UUID id, String name, BigDecimal amount, String currency, DealStatus status,
        String ownerId, Instant createdAt, @Schema(nullable = true) Instant wonAt, long version) {

    static DealResponse from(Deal deal) {
        return new DealResponse(deal.id, deal.name, deal.amount, deal.currency, deal.status, deal.ownerId,
                deal.createdAt, deal.wonAt, deal.version);
    }
}
