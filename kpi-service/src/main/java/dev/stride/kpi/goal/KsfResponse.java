package dev.stride.kpi.goal;

import dev.stride.kpi.platform.Versions;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Ksf", requiredProperties = { "id", "kgiId", "name", "description", "ownerId", "createdAt",
        "updatedAt", "version" })
public record KsfResponse(UUID id, UUID kgiId, String name, @Schema(nullable = true) String description,
        @Schema(nullable = true) String ownerId, Instant createdAt, Instant updatedAt, long version)
        implements Versions.Versioned {

    static KsfResponse from(Ksf k) {
        return new KsfResponse(k.id, k.kgiId, k.name, k.description, k.ownerId, k.createdAt, k.updatedAt, k.version);
    }
}
