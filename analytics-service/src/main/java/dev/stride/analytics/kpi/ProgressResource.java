package dev.stride.analytics.kpi;

import dev.stride.analytics.platform.Problem;
import dev.stride.analytics.platform.ProblemException;
import dev.stride.analytics.platform.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Progress", description = "Each KPI's and KGI's actual, target, attainment, pace, forecast and status")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token names no tenant, several, or lacks the role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class ProgressResource {

    private final ProgressService progress;

    ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @GET
    @Path("/kpis/progress")
    @Operation(summary = "Every KPI's progress in its current period",
            description = "Of the KPIs the caller sees: an admin all of the tenant's; everyone the tenant's own (no "
                    + "owner), their own and their teams'; a manager also those of the members of the teams they "
                    + "manage. Always what computing it now would give: the progress analytics keeps current after "
                    + "each change, computed afresh where something changed since. The live stream pushes changes "
                    + "as they come.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KpiProgress.class,
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<Object> current() {
        return progress.current();
    }

    @GET
    @Path("/kgis/progress")
    @Operation(summary = "Every KGI's progress over its span",
            description = "A KGI bound to a metric is measured from its first day to its deadline, like a KPI; a "
                    + "manual KGI shows the value last entered in kpi-service.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KgiProgress.class,
            type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<KgiProgress> kgis() {
        return progress.kgis();
    }

    @GET
    @Path("/kpis/{kpiId}/progress")
    @Operation(summary = "One KPI's progress in a period", description = "The current period unless `periodStart` "
            + "names another; a closed period's status is final (achieved or off track).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = KpiProgress.class)))
    @APIResponse(responseCode = "400", description = "A malformed id or date, or a date that starts no period",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such KPI in the caller's tenant, or not one the caller sees",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public KpiProgress one(@PathParam("kpiId") String kpiId,
            @Parameter(description = "First day of the period, YYYY-MM-DD", example = "2026-11-01")
            @QueryParam("periodStart") String periodStart) {
        UUID id = QueryParams.id("kpiId", kpiId);
        if (id == null) {
            throw new ProblemException.InvalidField("kpiId", "is required");
        }
        return progress.of(id, QueryParams.date("periodStart", periodStart));
    }
}
