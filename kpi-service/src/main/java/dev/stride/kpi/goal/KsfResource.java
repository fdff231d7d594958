package dev.stride.kpi.goal;

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

@Path("/ksfs")
@Tag(name = "KSFs", description = "Key success factors: why a KGI will be reached; KPIs hang under them. "
        + "Every change makes a new version and publishes "
        + "`stride.kpi.ksf.defined.v1` (the whole KSF) to `kpi.definitions`; a deletion publishes a tombstone.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token, or a rep changing the goal tree",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class KsfResource {

    private static final String IF_MATCH = " Send `If-Match` with the ETag you read to be sure nobody changed it "
            + "meanwhile (412 if they did); without it, the last write wins.";

    private final GoalService goals;

    KsfResource(GoalService goals) {
        this.goals = goals;
    }

    @POST
    @RolesAllowed({ "admin", "manager" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a KSF", description = "Under a KGI of the tenant.")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` of the new KSF",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KsfResponse.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") KsfRequest request, UriInfo uri) {
        return Versions.created(uri, goals.createKsf(request));
    }

    @GET
    @Operation(summary = "The KSFs of the tenant, or of one KGI")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = KsfResponse.class)))
    public List<KsfResponse> list(
            @Parameter(description = "Only the KSFs of this KGI") @QueryParam("kgiId") String kgiId) {
        return goals.ksfs(QueryParams.id("kgiId", kgiId));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a KSF")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KsfResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KSF in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(goals.ksf(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a KSF", description = "Replaces its fields; a new version." + IF_MATCH)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KsfResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KSF in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") KsfRequest request) {
        return Versions.ok(goals.updateKsf(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    @Operation(summary = "Delete a KSF", description = "Only when nothing hangs under it any more." + IF_MATCH)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such KSF in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Something still hangs under it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        goals.deleteKsf(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "A KSF's versions", description = "Every version as it was after its change, newest "
            + "first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = VersionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KSF in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<VersionResponse> versions(@PathParam("id") UUID id) {
        return goals.ksfVersions(id);
    }
}
