package dev.stride.crm.lead;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "LeadStatusRequest")
public record LeadStatusRequest(
        @Schema(description = "NEW, CONTACTED, QUALIFIED or DISQUALIFIED (convert with `POST /leads/{id}/convert`)")
        @NotNull LeadStatus status,
        @Schema(description = "Why it was disqualified; required for DISQUALIFIED", nullable = true)
        @Size(max = 500) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
        String reason) {
}
