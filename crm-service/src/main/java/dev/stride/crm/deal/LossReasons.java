package dev.stride.crm.deal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The reasons a tenant offers when a deal is lost, in the order the UI lists them. */
@Schema(name = "LossReasons")
public record LossReasons(
        @Schema(examples = "[\"Price\", \"Lost to a competitor\"]") @NotNull
        @Size(min = 1, max = 50, message = "must hold between 1 and 50 reasons")
        List<@NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*",
                message = "must not contain control characters") String> reasons) {

    /** The choice list they are kept in. */
    public static final String LIST = "deal.loss-reasons";
    public static final LossReasons DEFAULT = new LossReasons(List.of("Price", "Lost to a competitor", "No budget",
            "No decision", "Timing", "Missing features", "Other"));
}
