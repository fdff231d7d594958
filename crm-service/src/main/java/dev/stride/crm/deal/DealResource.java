package dev.stride.crm.deal;

import dev.stride.crm.imports.CsvDownload;
import dev.stride.crm.platform.Idempotency;
import dev.stride.crm.platform.Page;
import dev.stride.crm.platform.Problem;
import dev.stride.crm.platform.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

@Path("/deals")
@Tag(name = "Deals", description = "Sales opportunities of the caller's tenant. Every change publishes a "
        + "`stride.crm.deal.*.v1` event to `crm.deals` carrying the whole deal.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant, or the role does not allow this change",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class DealResource {

    private static final String IF_MATCH = " Send `If-Match` with the ETag you read to be sure nobody changed the "
            + "deal meanwhile (412 if they did); without it, the last write wins.";

    private final DealService deals;
    private final Idempotency idempotency;
    private final CsvDownload downloads;

    DealResource(DealService deals, Idempotency idempotency, CsvDownload downloads) {
        this.deals = deals;
        this.idempotency = idempotency;
        this.downloads = downloads;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a deal", description = "In the named stage, else the first active stage of the named "
            + "pipeline, else of the default pipeline. Publishes `stride.crm.deal.created.v1`.")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` of the new deal",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DealResponse.class)))
    public Response create(
            @Parameter(description = Idempotency.KEY_DESCRIPTION)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") DealRequest request, UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST /deals", request, () -> {
            DealResponse created = deals.create(request);
            return Versions.created(uri, created);
        });
    }

    @GET
    @Operation(summary = "List deals", description = "Filtered, sorted and paged by cursor; `total` counts every "
            + "match. Follow `nextCursor` until it is absent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DealPage.class)))
    public Page<DealResponse> list(@BeanParam DealFilters filters,
            @Parameter(description = "From a previous page's nextCursor") @QueryParam("cursor") String cursor,
            @Parameter(description = "Items per page, 1-200") @QueryParam("limit") @DefaultValue("50")
            @Min(value = 1, message = "must be between 1 and 200")
            @Max(value = 200, message = "must be between 1 and 200") int limit) {
        return deals.list(filters.query(cursor, limit));
    }

    @GET
    @Path("/export")
    @Produces(CsvDownload.MEDIA_TYPE)
    @Operation(summary = "Export deals as CSV", description = "Every deal the same filters list, in the same order."
            + CsvDownload.DESCRIPTION)
    @APIResponse(responseCode = "200", content = @Content(mediaType = CsvDownload.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@BeanParam DealFilters filters) {
        DealQuery query = filters.query(null, 0);
        return downloads.of("deals", DealCsv.COLUMNS, csv -> deals.export(query, csv));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a deal")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DealResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deal in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(deals.get(id));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "A deal's stage history", description = "Every stay in a stage, oldest first, with the time "
            + "spent there and how it ended (moved on, won or lost). A reopened deal starts a new stay.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = StageVisitResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deal in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<StageVisitResponse> history(@PathParam("id") UUID id) {
        return deals.history(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a deal's fields", description = "Pipeline and stage stay as they are (move with "
            + "`POST /deals/{id}/stage`). Publishes `stride.crm.deal.updated.v1`." + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The deal after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DealResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deal in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The deal's status does not allow this (e.g. moving a won deal)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") DealRequest request) {
        return Versions.ok(deals.update(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a deal", description = "Publishes `stride.crm.deal.deleted.v1`." + IF_MATCH)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such deal in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        deals.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an open deal to another stage", description = "An active stage of the same pipeline. "
            + "Moving to the stage it is in changes nothing. Publishes `stride.crm.deal.stage-changed.v1` (with the "
            + "stage it left)." + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The deal after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DealResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deal in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The deal's status does not allow this (e.g. moving a won deal)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response move(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") MoveRequest request) {
        return Versions.ok(deals.move(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/win")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an open deal won", description = "At the given amount and time, by default the deal's "
            + "amount and now (send `{}` for both). Publishes `stride.crm.deal.won.v1`." + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The deal after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DealResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deal in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The deal's status does not allow this (e.g. moving a won deal)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response win(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid WinRequest request) {
        return Versions.ok(deals.win(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/lose")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Mark an open deal lost", description = "With one of the tenant's loss reasons and an "
            + "optional note. Publishes `stride.crm.deal.lost.v1`." + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The deal after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DealResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deal in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The deal's status does not allow this (e.g. moving a won deal)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response lose(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") LoseRequest request) {
        return Versions.ok(deals.lose(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(summary = "Reopen a won or lost deal", description = "It returns to the stage it closed in; a won "
            + "deal leaves the won figures. Publishes `stride.crm.deal.reopened.v1`." + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The deal after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DealResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deal in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The deal's status does not allow this (e.g. moving a won deal)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.ok(deals.reopen(id, ifMatch));
    }

    @GET
    @Path("/loss-reasons")
    @Operation(summary = "The reasons a deal can be lost for", description = "The tenant's list, or the built-in one "
            + "until an admin sets it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LossReasons.class)))
    public LossReasons lossReasons() {
        return deals.lossReasons();
    }

    @PUT
    @Path("/loss-reasons")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the loss reasons", description = "Deals lost for a reason no longer listed keep it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LossReasons.class)))
    public LossReasons replaceLossReasons(@Valid @NotNull(message = "a JSON body is required") LossReasons request) {
        return deals.replaceLossReasons(request);
    }


    /** The OpenAPI shape of a page of deals (generic records lose their item type in the document). */
    @Schema(name = "DealPage", requiredProperties = { "items", "total" })
    record DealPage(List<DealResponse> items, long total, @Schema(nullable = true) String nextCursor) {
    }
}
