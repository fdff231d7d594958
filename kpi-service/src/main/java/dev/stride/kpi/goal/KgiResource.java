package dev.stride.kpi.goal;

import dev.stride.kpi.history.VersionResponse;
import dev.stride.kpi.platform.Problem;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/kgis")
@Tag(name = "KGIs", description = "The final goals of the caller's tenant (e.g. fiscal-year revenue +30 %), each "
        + "bound to a metric or tracked by hand. Every change makes a new version and publishes "
        + "`stride.kpi.kgi.defined.v1` (the whole KGI) to `kpi.definitions`; a deletion publishes a tombstone.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token, or a rep changing the goal tree",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class KgiResource {

    private static final String IF_MATCH = " Send `If-Match` with the ETag you read to be sure nobody changed it "
            + "meanwhile (412 if they did); without it, the last write wins.";

    private final GoalService goals;

    KgiResource(GoalService goals) {
        this.goals = goals;
    }

    @POST
    @RolesAllowed({ "admin", "manager" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Define a KGI", description = "Bound to a metric of GET /metrics, or tracked by hand "
            + "with a `unit` and `currentValue`; `deadline` after `startsOn`; a metric's target within its range.")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` of the new KGI",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KgiResponse.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") KgiRequest request, UriInfo uri) {
        return Versions.created(uri, goals.createKgi(request));
    }

    @GET
    @Operation(summary = "Every KGI of the tenant, oldest first")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = KgiResponse.class)))
    public List<KgiResponse> list() {
        return goals.kgis();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a KGI")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KgiResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KGI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(goals.kgi(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a KGI", description = "Replaces its fields; a new version." + IF_MATCH)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KgiResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KGI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") KgiRequest request) {
        return Versions.ok(goals.updateKgi(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    @Operation(summary = "Delete a KGI", description = "Only when nothing hangs under it any more." + IF_MATCH)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such KGI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Something still hangs under it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        goals.deleteKgi(id, ifMatch);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/versions")
    @Operation(summary = "A KGI's versions", description = "Every version as it was after its change, newest "
            + "first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = VersionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KGI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<VersionResponse> versions(@PathParam("id") UUID id) {
        return goals.kgiVersions(id);
    }
}
