package dev.stride.crm.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A contact's editable fields; a PUT replaces all of them. */
@Schema(name = "ContactRequest")
public record ContactRequest(
        @Schema(description = "The account the person works at (of the caller's tenant)") @NotNull UUID accountId,
        @Schema(examples = "佐藤 花子") @NotBlank @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String name,
        @Schema(description = "Reading in kana (フリガナ), optional", examples = "サトウ ハナコ", nullable = true)
        @Size(max = 200) @Pattern(regexp = "[\\p{IsKatakana}\\p{IsHiragana}ー・ 　]*",
                message = "must be written in kana (katakana or hiragana)") String kana,
        @Schema(examples = "hanako.sato@sakura-seiki.example", nullable = true) @Size(max = 254)
        @Email(message = "must be an email address") String email,
        @Schema(examples = "03-1234-5678", nullable = true) @Size(max = 30)
        @Pattern(regexp = "[0-9+()\\- ]*", message = "may contain only digits, spaces and + ( ) -") String phone,
        @Schema(examples = "営業部長", nullable = true) @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String title,
        @Schema(description = "User id of the owner; only managers and admins may give a contact to someone else",
                nullable = true)
        @Size(max = 255) String ownerId) {
}
