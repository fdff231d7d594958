package dev.stride.crm.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account's editable fields; a PUT replaces all of them. */
@Schema(name = "AccountRequest")
public record AccountRequest(
        @Schema(examples = "株式会社アクメ") @NotBlank @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Schema(examples = "Manufacturing", nullable = true) @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String industry,
        @Schema(nullable = true) SizeBand sizeBand,
        @Schema(description = "User id of the owner; only managers and admins may give an account to someone else. "
                + "Default: the caller (on create) or the current owner (on update).", nullable = true)
        @Size(max = 255) String ownerId) {
}
