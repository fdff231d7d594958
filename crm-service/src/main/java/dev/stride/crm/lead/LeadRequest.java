package dev.stride.crm.lead;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lead's editable fields; a PUT replaces all of them. The status changes through its own endpoints. */
@Schema(name = "LeadRequest")
public record LeadRequest(
        @Schema(description = "The person", examples = "田中 一郎") @NotBlank @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Schema(description = "Their company; it names the account on conversion", examples = "さくら精機株式会社",
                nullable = true)
        @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String company,
        @Schema(examples = "ichiro.tanaka@sakura-seiki.example", nullable = true) @Size(max = 254)
        @Email(message = "must be an email address") String email,
        @Schema(examples = "03-1234-5678", nullable = true) @Size(max = 30)
        @Pattern(regexp = "[0-9+()\\- ]*", message = "may contain only digits, spaces and + ( ) -") String phone,
        @Schema(description = "One of the tenant's lead sources (`GET /leads/sources`)", examples = "web")
        @NotBlank @Size(max = 100) String source,
        @Schema(examples = "Spring webinar 2027", nullable = true) @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String campaign,
        @Schema(description = "User id of the owner; only managers and admins may give a lead to someone else. "
                + "Default: the caller (on create) or the current owner (on update).", nullable = true)
        @Size(max = 255) String ownerId) {
}
