package dev.stride.crm.team;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "User", requiredProperties = { "id", "username", "displayName", "email" })
public record UserResponse(@Schema(description = "The user id that owner, manager and member fields hold") String id,
        String username, @Schema(description = "First and last name, or the username") String displayName,
        @Schema(nullable = true) String email) {
}
