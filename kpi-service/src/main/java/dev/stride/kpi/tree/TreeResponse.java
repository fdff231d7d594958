package dev.stride.kpi.tree;

import dev.stride.kpi.goal.KgiResponse;
import dev.stride.kpi.goal.KsfResponse;
import dev.stride.kpi.kpi.KpiResponse;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole goal tree of a tenant: KGI → KSF → KPI → sub-KPI, and the KPIs not linked to any goal yet. */
@Schema(name = "GoalTree", requiredProperties = { "kgis", "unlinked" })
public record TreeResponse(List<KgiNode> kgis,
        @Schema(description = "KPIs without a KGI, KSF or parent KPI (SMART's Related fails for them)")
        List<KpiNode> unlinked) {

    @Schema(name = "KgiNode", requiredProperties = { "kgi", "ksfs", "kpis" })
    public record KgiNode(KgiResponse kgi, List<KsfNode> ksfs,
            @Schema(description = "KPIs directly under the KGI") List<KpiNode> kpis) {
    }

    @Schema(name = "KsfNode", requiredProperties = { "ksf", "kpis" })
    public record KsfNode(KsfResponse ksf, List<KpiNode> kpis) {
    }

    @Schema(name = "KpiNode", requiredProperties = { "kpi", "subKpis" })
    public record KpiNode(KpiResponse kpi, List<KpiNode> subKpis) {
    }
}
