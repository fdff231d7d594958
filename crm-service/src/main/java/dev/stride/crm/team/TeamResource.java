package dev.stride.crm.team;

import dev.stride.crm.platform.Problem;
import dev.stride.crm.platform.Versions;
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

@Path("/teams")
@Tag(name = "Teams", description = "Sales teams of the caller's tenant: a manager changes the records of the "
        + "members. Everyone reads them; only admins change them. Changes publish `stride.crm.team.*.v1` to "
        + "`crm.teams` with the whole team.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant, or not an admin (for changes)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class TeamResource {

    private final TeamService teams;

    TeamResource(TeamService teams) {
        this.teams = teams;
    }

    @GET
    @Operation(summary = "List teams", description = "By name.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = TeamResponse.class)))
    public List<TeamResponse> list() {
        return teams.list();
    }

    @GET
    @Path("/users")
    @Operation(summary = "The tenant's users", description = "From the identity provider (Keycloak), by name: the "
            + "people who can manage or join a team and own records.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = UserResponse.class)))
    @APIResponse(responseCode = "503", description = "The identity provider does not answer; try again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<UserResponse> users() {
        return teams.users();
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a team", description = "Publishes `stride.crm.team.created.v1`.")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` of the new team",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") TeamRequest request, UriInfo uri) {
        return Versions.created(uri, teams.create(request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a team")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "404", description = "No such team in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(teams.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a team or change its manager", description = "Publishes "
            + "`stride.crm.team.renamed.v1` and/or `stride.crm.team.manager-changed.v1`. Send `If-Match` with the "
            + "ETag you read to be sure nobody changed it meanwhile (412 if they did).")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "404", description = "No such team in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response change(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") TeamRequest request) {
        return Versions.ok(teams.change(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("admin")
    @Operation(summary = "Delete a team", description = "Its members are in no team afterwards; their records stay "
            + "theirs. Publishes `stride.crm.team.deleted.v1`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such team in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        teams.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/members")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a member", description = "A user is in one team at a time (409 when they are in "
            + "another); adding a member again changes nothing. Publishes `stride.crm.team.member-added.v1`.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "404", description = "No such team in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The user is a member of another team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addMember(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") MemberRequest request) {
        return Versions.ok(teams.addMember(id, request));
    }

    @DELETE
    @Path("/{id}/members/{userId}")
    @RolesAllowed("admin")
    @Operation(summary = "Remove a member", description = "Publishes `stride.crm.team.member-removed.v1`.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TeamResponse.class)))
    @APIResponse(responseCode = "404", description = "No such team, or the user is not a member of it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response removeMember(@PathParam("id") UUID id, @PathParam("userId") String userId) {
        return Versions.ok(teams.removeMember(id, userId));
    }
}
