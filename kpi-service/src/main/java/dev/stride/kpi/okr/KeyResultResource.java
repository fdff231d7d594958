package dev.stride.kpi.okr;

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

@Path("/key-results")
@Tag(name = "OKRs")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token, or not allowed to change this key result",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such key result in the caller's tenant",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class KeyResultResource {

    private final OkrService okrs;

    KeyResultResource(OkrService okrs) {
        this.okrs = okrs;
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a key result", description = "Send `If-Match` with the ETag you read to be sure "
            + "nobody changed it meanwhile (412 if they did); without it, the last write wins.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = KeyResultResponse.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") KeyResultRequest request) {
        return Versions.ok(okrs.updateKeyResult(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({ "admin", "manager" })
    @Operation(summary = "Delete a key result", description = "With its check-ins.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        okrs.deleteKeyResult(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/check-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check in on a key result", description = "Where it stands, how confident its owner is and "
            + "a note; moves the key result's current value and confidence. Its owner may, even as a rep; otherwise "
            + "managers and admins.")
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = CheckInResponse.class)))
    public Response checkIn(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") CheckInRequest request) {
        return Response.status(Response.Status.CREATED).entity(okrs.checkIn(id, request)).build();
    }

    @GET
    @Path("/{id}/check-ins")
    @Operation(summary = "A key result's check-ins", description = "Newest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = CheckInResponse.class)))
    public List<CheckInResponse> checkIns(@PathParam("id") UUID id) {
        return okrs.checkIns(id);
    }
}
