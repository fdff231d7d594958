package dev.stride.crm.lead;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a tenant's leads come from, in the order the UI lists them. */
@Schema(name = "LeadSources")
public record LeadSources(
        @Schema(examples = "[\"web\", \"referral\", \"seminar\"]") @NotNull
        @Size(min = 1, max = 50, message = "must hold between 1 and 50 sources")
        List<@NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*",
                message = "must not contain control characters") String> sources) {

    /** The choice list they are kept in. */
    public static final String LIST = "lead.sources";
    public static final LeadSources DEFAULT = new LeadSources(List.of("web", "referral", "event", "ads", "outbound",
            "partner", "other"));
}
