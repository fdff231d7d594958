package dev.stride.crm.team;

import dev.stride.crm.platform.Versions;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Team", requiredProperties = { "id", "name", "managerId", "memberIds", "createdAt", "updatedAt",
        "version" })
public record TeamResponse(UUID id, String name, String managerId,
        @Schema(description = "User ids of the members, in the order they joined") List<String> memberIds,
        Instant createdAt, Instant updatedAt, long version)
        implements Versions.Versioned {

    static TeamResponse from(Team team) {
        return new TeamResponse(team.id, team.name, team.managerId, team.memberIds(), team.createdAt, team.updatedAt,
                team.version);
    }
}
