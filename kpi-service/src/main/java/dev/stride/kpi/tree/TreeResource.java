package dev.stride.kpi.tree;

import dev.stride.kpi.goal.GoalService;
import dev.stride.kpi.kpi.KpiResponse;
import dev.stride.kpi.kpi.KpiService;
import dev.stride.kpi.platform.Problem;
import dev.stride.kpi.tree.TreeResponse.KgiNode;
import dev.stride.kpi.tree.TreeResponse.KpiNode;
import dev.stride.kpi.tree.TreeResponse.KsfNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/tree")
@Tag(name = "Goal tree", description = "KGI → KSF → KPI → sub-KPI in one read")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class TreeResource {

    private final GoalService goals;
    private final KpiService kpis;

    TreeResource(GoalService goals, KpiService kpis) {
        this.goals = goals;
        this.kpis = kpis;
    }

    @GET
    @Operation(summary = "The tenant's goal tree", description = "Every KGI with its KSFs and KPIs, every KPI with "
            + "its sub-KPIs, oldest first; KPIs linked to no goal are listed apart.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TreeResponse.class)))
    public TreeResponse tree() {
        List<KpiResponse> all = kpis.list(null, null, null);
        Map<UUID, List<KpiResponse>> byParent = group(all, KpiResponse::parentKpiId);
        Map<UUID, List<KpiResponse>> byKsf = group(all, KpiResponse::ksfId);
        Map<UUID, List<KpiResponse>> byKgi = group(all, KpiResponse::kgiId);
        List<KgiNode> kgis = goals.kgis().stream().map(kgi -> new KgiNode(kgi,
                goals.ksfs(kgi.id()).stream().map(ksf -> new KsfNode(ksf,
                        nodes(byKsf.getOrDefault(ksf.id(), List.of()), byParent))).toList(),
                nodes(byKgi.getOrDefault(kgi.id(), List.of()), byParent))).toList();
        List<KpiResponse> unlinked = all.stream()
                .filter(k -> k.kgiId() == null && k.ksfId() == null && k.parentKpiId() == null).toList();
        return new TreeResponse(kgis, nodes(unlinked, byParent));
    }

    @GET
    @Path("/driver-checks")
    @Operation(summary = "Do the KPIs add up to their goals?", description = "For every KGI and every KPI with "
            + "sub-KPIs whose metric is a product of metrics tracked below it (revenue = won deals × average deal "
            + "size; won deals = leads × conversion × win rate) or the sum of KPIs of the same metric: the children's "
            + "targets combined period by period against the goal's target, and the shortfall. A KGI is compared over "
            + "its span; periods where a child has no target are listed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = DriverCheck.class)))
    public List<DriverCheck> driverChecks() {
        TreeResponse tree = tree();
        List<DriverCheck> checks = new ArrayList<>();
        for (KgiNode node : tree.kgis()) {
            List<KpiNode> under = new ArrayList<>(node.kpis());
            node.ksfs().forEach(ksf -> under.addAll(ksf.kpis()));
            DriverCheck.of(node.kgi().id(), node.kgi().metricId(), node.kgi().target(), List.of(),
                    node.kgi().startsOn(), node.kgi().deadline().plusDays(1), flatten(under)).ifPresent(checks::add);
            under.forEach(kpi -> addKpiChecks(kpi, checks));
        }
        tree.unlinked().forEach(kpi -> addKpiChecks(kpi, checks));
        return checks;
    }

    private static void addKpiChecks(KpiNode node, List<DriverCheck> checks) {
        if (!node.subKpis().isEmpty()) {
            DriverCheck.of(node.kpi().id(), node.kpi().metricId(), null, node.kpi().targets(), LocalDate.MIN,
                    LocalDate.MAX, flatten(node.subKpis())).ifPresent(checks::add);
        }
        node.subKpis().forEach(sub -> addKpiChecks(sub, checks));
    }

    /** Every KPI of these subtrees. */
    private static List<KpiResponse> flatten(List<KpiNode> nodes) {
        List<KpiResponse> all = new ArrayList<>();
        for (KpiNode node : nodes) {
            all.add(node.kpi());
            all.addAll(flatten(node.subKpis()));
        }
        return all;
    }

    private static List<KpiNode> nodes(List<KpiResponse> kpis, Map<UUID, List<KpiResponse>> byParent) {
        return kpis.stream().map(kpi -> new KpiNode(kpi, nodes(byParent.getOrDefault(kpi.id(), List.of()),
                byParent))).toList();
    }

    private static Map<UUID, List<KpiResponse>> group(List<KpiResponse> kpis, Function<KpiResponse, UUID> parent) {
        return kpis.stream().filter(k -> parent.apply(k) != null)
                .collect(Collectors.groupingBy(parent, Collectors.toList()));
    }
}
