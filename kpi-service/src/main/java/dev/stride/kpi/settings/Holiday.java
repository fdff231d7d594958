package dev.stride.kpi.settings;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day off in the tenant's calendar: a national holiday (named in Japanese and English) or one of its own. */
@Schema(name = "Holiday", requiredProperties = { "date", "name", "nameEn", "national" })
public record Holiday(LocalDate date, String name, @Schema(nullable = true) String nameEn, boolean national) {
}
