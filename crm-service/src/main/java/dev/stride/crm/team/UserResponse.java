package dev.stride.crm.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "User", requiredProperties = { "id", "username", "displayName", "email", "active" })
public record UserResponse(@Schema(description = "The user id that owner, manager and member fields hold") String id,
        @Schema(nullable = true) String username,
        @Schema(description = "First and last name, or the username") String displayName,
        @Schema(nullable = true) String email,
        @Schema(description = "False for a user who has used Stride but is no longer a user of the tenant in the "
                + "identity provider: their records keep their name, but they cannot join teams") boolean active) {
}
