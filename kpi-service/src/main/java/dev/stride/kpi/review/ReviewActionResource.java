package dev.stride.kpi.review;

import dev.stride.kpi.kpi.KpiRequest;
import dev.stride.kpi.kpi.KpiResponse;
import dev.stride.kpi.platform.Problem;
import dev.stride.kpi.platform.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/review-actions")
@Tag(name = "PDCA reviews")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token, or not the KPI's owner, a manager or admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such action in the caller's tenant",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class ReviewActionResource {

    private final ReviewService reviews;

    ReviewActionResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an action", description = "Its fact, cause, action, owner, due date and status. "
            + "Send `If-Match` with the ETag you read to be sure nobody changed it meanwhile (412 if they did).")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewResponse.ActionResponse.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") ActionRequest request) {
        return Versions.ok(reviews.updateAction(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/sub-kpi")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a sub-KPI from an action", description = "A KPI under the reviewed KPI (any parent "
            + "given is replaced by it), checked and published like any KPI; the action links to it. Once per action.")
    @APIResponse(responseCode = "201", description = "Created; `Location` of the new KPI",
            content = @Content(schema = @Schema(implementation = KpiResponse.class)))
    @APIResponse(responseCode = "409", description = "The action made a sub-KPI already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response subKpi(@PathParam("id") UUID id,
            @Valid @NotNull(message = "a JSON body is required") KpiRequest request) {
        KpiResponse created = reviews.subKpi(id, request);
        return Response.created(URI.create("kpis/" + created.id())).entity(created).build();
    }
}
