package dev.stride.kpi.template;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Template", requiredProperties = { "id", "name", "description", "kgi", "ksfs", "kpis" })
public record TemplateResponse(@Schema(examples = "sales") String id, String name, String description,
        @Schema(description = "The KGI it creates") String kgi,
        @Schema(description = "The KSFs it creates under the KGI") List<String> ksfs,
        @Schema(description = "The KPIs it creates under the KSFs") List<String> kpis) {

    static TemplateResponse from(Template t, boolean japanese) {
        return new TemplateResponse(t.id(), t.name().in(japanese), t.description().in(japanese),
                t.kgi().name().in(japanese), t.factors().stream().map(f -> f.name().in(japanese)).toList(),
                t.factors().stream().flatMap(f -> f.kpis().stream()).map(m -> m.name().in(japanese)).toList());
    }
}
