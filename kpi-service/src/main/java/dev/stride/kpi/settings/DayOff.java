package dev.stride.kpi.settings;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day the tenant does not work, beside the national holidays (a company anniversary, year-end closing). */
@Schema(name = "DayOff")
public record DayOff(@NotNull LocalDate date,
        @Schema(examples = "創立記念日") @NotBlank @Size(max = 100) String name) {
}
