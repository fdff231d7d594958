package dev.stride.kpi.review;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four notes of a PDCA review; each may be written as the cycle goes. */
@Schema(name = "ReviewRequest")
public record ReviewRequest(
        @Schema(description = "Plan: what was meant to happen") @Size(max = 5000) String plan,
        @JsonProperty("do") @Schema(name = "do", description = "Do: what was done") @Size(max = 5000)
        String execution,
        @JsonProperty("check") @Schema(name = "check", description = "Check: what the figures say and why")
        @Size(max = 5000) String evaluation,
        @JsonProperty("act") @Schema(name = "act", description = "Act: what changes next period") @Size(max = 5000)
        String improvement) {
}
