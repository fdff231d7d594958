package dev.stride.crm.pipeline;

import dev.stride.crm.platform.Problem;
import dev.stride.crm.platform.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

@Path("/pipelines")
@Tag(name = "Pipelines", description = "Sales pipelines and their stages. Everyone reads them; only admins change "
        + "them. Changes publish `stride.crm.pipeline.created|updated.v1` to `crm.deals`.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant, or not an admin (for changes)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class PipelineResource {

    private static final String IF_MATCH = "Send `If-Match` with the pipeline's ETag to be sure nobody changed it "
            + "meanwhile (412 if they did); without it, the last write wins.";

    private final PipelineService pipelines;

    PipelineResource(PipelineService pipelines) {
        this.pipelines = pipelines;
    }

    @GET
    @Operation(summary = "List pipelines", description = "The default pipeline first. A tenant's first request gets "
            + "it a default pipeline \"" + PipelineService.DEFAULT_NAME + "\" with the stages "
            + PipelineService.DEFAULT_STAGE_NAMES + ".")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = PipelineResponse.class)))
    public List<PipelineResponse> list() {
        return pipelines.list();
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a pipeline")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` of the new pipeline",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") PipelineRequest request,
            UriInfo uri) {
        PipelineResponse created = pipelines.create(request);
        return Versions.created(uri, created);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a pipeline")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    @APIResponse(responseCode = "404", description = "No such pipeline in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(pipelines.get(id));
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a pipeline", description = IF_MATCH)
    @APIResponse(responseCode = "200", description = "The whole pipeline after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    @APIResponse(responseCode = "404", description = "No such pipeline or stage in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The change would leave the pipeline without an active stage "
            + "or over its stage limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rename(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") PipelineRename request) {
        return Versions.ok(pipelines.rename(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/stages")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a stage at the end", description = "Returns the whole pipeline. " + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The whole pipeline after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    @APIResponse(responseCode = "404", description = "No such pipeline or stage in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The change would leave the pipeline without an active stage "
            + "or over its stage limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addStage(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") StageRequest request) {
        return Versions.ok(pipelines.addStage(id, ifMatch, request));
    }

    @PUT
    @Path("/{id}/stages/{stageId}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a stage or change its probability", description = "Deals in the stage keep it. "
            + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The whole pipeline after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    @APIResponse(responseCode = "404", description = "No such pipeline or stage in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The change would leave the pipeline without an active stage "
            + "or over its stage limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changeStage(@PathParam("id") UUID id, @PathParam("stageId") UUID stageId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") StageRequest request) {
        return Versions.ok(pipelines.changeStage(id, stageId, ifMatch, request));
    }

    @PUT
    @Path("/{id}/stage-order")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reorder the active stages", description = "List every active stage once, in the new "
            + "order; retired stages follow them. " + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The whole pipeline after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    @APIResponse(responseCode = "404", description = "No such pipeline or stage in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The change would leave the pipeline without an active stage "
            + "or over its stage limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reorder(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") StageOrderRequest request) {
        return Versions.ok(pipelines.reorder(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/stages/{stageId}/retire")
    @RolesAllowed("admin")
    @Operation(summary = "Retire a stage", description = "Its deals stay where they are and can be moved out; no "
            + "deal can enter it any more. The last active stage cannot be retired (409). " + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The whole pipeline after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = PipelineResponse.class)))
    @APIResponse(responseCode = "404", description = "No such pipeline or stage in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The change would leave the pipeline without an active stage "
            + "or over its stage limit",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retireStage(@PathParam("id") UUID id, @PathParam("stageId") UUID stageId,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.ok(pipelines.retireStage(id, stageId, ifMatch));
    }

}
