package dev.stride.crm.subscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The fields a PUT replaces; MRR, renewal and cancellation have their own endpoints, which keep the history. */
@Schema(name = "SubscriptionEdit")
public record SubscriptionEdit(
        @Schema(examples = "Standard") @NotBlank @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String plan,
        @Schema(description = "User id of the owner", nullable = true) @Size(max = 255) String ownerId) {
}
