package dev.stride.crm.subscription;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CancelRequest")
public record CancelRequest(
        @Schema(description = "The first day it is no longer paid for; not before the last change") @NotNull
        LocalDate cancelledOn,
        @Schema(examples = "Moved to a competitor") @NotBlank @Size(max = 500)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters") String reason) {
}
