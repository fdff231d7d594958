package dev.stride.crm.team;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberRequest")
public record MemberRequest(
        @Schema(description = "User id of one of the tenant's users (`GET /teams/users`)") @NotBlank @Size(max = 255)
        String userId) {
}
