package dev.stride.crm.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team's name and manager; a PUT replaces both. */
@Schema(name = "TeamRequest")
public record TeamRequest(
        @Schema(examples = "東日本営業部") @NotBlank @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Schema(description = "User id of the manager, one of the tenant's users (`GET /teams/users`)")
        @NotBlank @Size(max = 255) String managerId) {
}
