package dev.stride.kpi.okr;

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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
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

@Path("/objectives")
@Tag(name = "OKRs", description = "Objectives with key results, scored 0.0-1.0, beside (never mixed with) KPIs. Every "
        + "change, a check-in included, publishes `stride.kpi.objective.defined.v1` (the objective with its key "
        + "results) to `kpi.definitions`; a deletion publishes a tombstone.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token, or a rep changing an objective",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class ObjectiveResource {

    private static final String IF_MATCH = " Send `If-Match` with the ETag you read to be sure nobody changed it "
            + "meanwhile (412 if they did); without it, the last write wins.";

    private final OkrService okrs;

    ObjectiveResource(OkrService okrs) {
        this.okrs = okrs;
    }

    @POST
    @RolesAllowed({ "admin", "manager" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set an objective", description = "For a period (`periodEnd` after `periodStart`), "
            + "optionally under a parent objective.")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` of the new objective",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") ObjectiveRequest request,
            UriInfo uri) {
        return Versions.created(uri, okrs.create(request));
    }

    @GET
    @Operation(summary = "The tenant's objectives", description = "With their key results and scores, by period.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = ObjectiveResponse.class)))
    public List<ObjectiveResponse> list(
            @Parameter(description = "Only those whose period contains this day") @QueryParam("on") String on) {
        return okrs.list(QueryParams.date("on", on));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an objective")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "404", description = "No such objective in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(okrs.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an objective", description = "A new version." + IF_MATCH)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ObjectiveResponse.class)))
    @APIResponse(responseCode = "404", description = "No such objective in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") ObjectiveRequest request) {
        return Versions.ok(okrs.update(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    @Operation(summary = "Delete an objective", description = "With its key results and their check-ins; not while "
            + "objectives hang under it." + IF_MATCH)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such objective in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Objectives still hang under it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        okrs.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "An objective's versions", description = "Every change of it or its key results, newest "
            + "first (check-ins are listed on their key result).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = VersionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such objective in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<VersionResponse> versions(@PathParam("id") UUID id) {
        return okrs.versions(id);
    }

    @POST
    @Path("/{id}/key-results")
    @RolesAllowed({ "admin", "manager" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a key result", description = "Metric-bound (`metricId`) or tracked by hand, from "
            + "`startValue` to a different `targetValue`, optionally linked to a KPI (`kpiId`).")
    @APIResponse(responseCode = "201", description = "Created; `Location` of the key result",
            content = @Content(schema = @Schema(implementation = KeyResultResponse.class)))
    @APIResponse(responseCode = "404", description = "No such objective in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addKeyResult(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") KeyResultRequest request) {
        KeyResultResponse created = okrs.addKeyResult(id, request);
        return Response.created(URI.create("key-results/" + created.id())).tag(Versions.etag(created.version()))
                .entity(created).build();
    }
}
