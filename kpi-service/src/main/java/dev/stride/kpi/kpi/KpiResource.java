package dev.stride.kpi.kpi;

import dev.stride.kpi.history.VersionResponse;
import dev.stride.kpi.platform.Problem;
import dev.stride.kpi.platform.QueryParams;
import dev.stride.kpi.platform.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/kpis")
@Tag(name = "KPIs", description = "KPIs and sub-KPIs: a metric with filters and a target per period, under a KGI, a "
        + "KSF or another KPI. Every change makes a new version and publishes `stride.kpi.kpi.defined.v1` (the whole "
        + "KPI, targets included) to `kpi.definitions`; a deletion publishes a tombstone.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token, or a rep changing the goal tree",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class KpiResource {

    private static final String RULES = " The metric from GET /metrics with only the filters it takes; at most one "
            + "parent (kgiId, ksfId or parentKpiId), never itself or one of its sub-KPIs; one target per period, each "
            + "starting a period of the tenant's fiscal year and within the metric's range.";
    private static final String IF_MATCH = " Send `If-Match` with the ETag you read to be sure nobody changed it "
            + "meanwhile (412 if they did); without it, the last write wins.";

    private final KpiService kpis;
    private final SmartService smart;

    KpiResource(KpiService kpis, SmartService smart) {
        this.kpis = kpis;
        this.smart = smart;
    }

    @POST
    @RolesAllowed({ "admin", "manager" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a KPI", description = "Version 0." + RULES)
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` of the new KPI",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KpiResponse.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") KpiRequest request, UriInfo uri) {
        return Versions.created(uri, kpis.create(request));
    }

    @GET
    @Operation(summary = "The tenant's KPIs", description = "Oldest first; narrowed to one parent when given.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = KpiResponse.class)))
    public List<KpiResponse> list(
            @Parameter(description = "Only the KPIs directly under this KGI") @QueryParam("kgiId") String kgiId,
            @Parameter(description = "Only the KPIs under this KSF") @QueryParam("ksfId") String ksfId,
            @Parameter(description = "Only the sub-KPIs of this KPI") @QueryParam("parentKpiId") String parentKpiId) {
        return kpis.list(QueryParams.id("kgiId", kgiId), QueryParams.id("ksfId", ksfId),
                QueryParams.id("parentKpiId", parentKpiId));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a KPI")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KpiResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KPI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(kpis.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a KPI", description = "Replaces its definition and targets; a new version. The "
            + "targets of closed periods (ended before today in the tenant's time zone) must stay as they are (409)."
            + RULES + IF_MATCH)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KpiResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KPI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A closed period's target would change",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") KpiRequest request) {
        return Versions.ok(kpis.update(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    @Operation(summary = "Delete a KPI", description = "Only when it has no sub-KPIs." + IF_MATCH)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such KPI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "It still has sub-KPIs",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        kpis.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/smart-check")
    @Operation(summary = "SMART-check a saved KPI", description = SmartResource.DESCRIPTION)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SmartCheckResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KPI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SmartCheckResponse smartCheck(@PathParam("id") UUID id,
            @Parameter(description = SmartResource.GROWTH, schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("growth") String growth,
            @Context HttpHeaders headers) {
        return smart.check(id, QueryParams.decimal("growth", growth), headers.getAcceptableLanguages());
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "A KPI's versions", description = "Every version as it was after its change (targets "
            + "included), newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = VersionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KPI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<VersionResponse> versions(@PathParam("id") UUID id) {
        return kpis.versions(id);
    }
}
