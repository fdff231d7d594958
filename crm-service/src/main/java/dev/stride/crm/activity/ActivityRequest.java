package dev.stride.crm.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An activity's editable fields; a PUT replaces all of them. It must be linked to a lead, a deal or an account. */
@Schema(name = "ActivityRequest")
public record ActivityRequest(
        @NotNull ActivityType type,
        @Schema(examples = "導入時期の確認") @NotBlank @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String subject,
        @Schema(nullable = true) @Size(max = 5000) String notes,
        @Schema(description = "When it happens or happened; for a task, when it is due") @NotNull Instant at,
        @Schema(nullable = true) @Min(value = 0, message = "must be between 0 and 1440 minutes")
        @Max(value = 1440, message = "must be between 0 and 1440 minutes") Integer durationMinutes,
        @Schema(description = "How it went, e.g. \"Interested, call back in April\"", nullable = true)
        @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String outcome,
        @Schema(description = "Whether it is done; default: true for calls, emails and meetings (logged after the "
                + "fact), false for tasks", nullable = true) Boolean completed,
        @Schema(nullable = true) UUID leadId,
        @Schema(nullable = true) UUID dealId,
        @Schema(nullable = true) UUID accountId,
        @Schema(description = "User id of the owner; only managers and admins may give an activity to someone else",
                nullable = true)
        @Size(max = 255) String ownerId) {
}
