package dev.stride.crm.account;

import java.time.Instant;
import java.util.UUID;
import dev.stride.crm.platform.Versions;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Account", requiredProperties = { "id", "name", "industry", "sizeBand", "ownerId", "createdAt",
        "updatedAt", "version" })
public record AccountResponse(UUID id, String name, @Schema(nullable = true) String industry,
        @Schema(nullable = true) SizeBand sizeBand, String ownerId, Instant createdAt, Instant updatedAt,
        long version)
        implements Versions.Versioned {

    static AccountResponse from(Account account) {
        return new AccountResponse(account.id, account.name, account.industry, account.sizeBand, account.ownerId,
                account.createdAt, account.updatedAt, account.version);
    }
}
