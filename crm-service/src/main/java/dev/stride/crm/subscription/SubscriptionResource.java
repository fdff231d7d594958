package dev.stride.crm.subscription;

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

@Path("/subscriptions")
@Tag(name = "Subscriptions", description = "Recurring revenue of the caller's tenant. Every change publishes a "
        + "`stride.crm.subscription.*.v1` event to `crm.subscriptions` carrying the whole subscription.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant, or the role does not allow this change",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class SubscriptionResource {

    private static final String IF_MATCH = " Send `If-Match` with the ETag you read to be sure nobody changed the "
            + "subscription meanwhile (412 if they did); without it, the last write wins.";

    private final SubscriptionService subscriptions;
    private final Idempotency idempotency;
    private final CsvDownload downloads;

    SubscriptionResource(SubscriptionService subscriptions, Idempotency idempotency, CsvDownload downloads) {
        this.subscriptions = subscriptions;
        this.idempotency = idempotency;
        this.downloads = downloads;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start a subscription", description = "Publishes `stride.crm.subscription.started.v1` (the "
            + "creation event of a subscription).")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` of the new subscription",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    public Response start(
            @Parameter(description = Idempotency.KEY_DESCRIPTION)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") SubscriptionRequest request, UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST /subscriptions", request, () -> {
            SubscriptionResponse created = subscriptions.start(request);
            return Versions.created(uri, created);
        });
    }

    @GET
    @Operation(summary = "List subscriptions", description = "Filtered and paged by cursor; `total` counts every "
            + "match. Follow `nextCursor` until it is absent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SubscriptionPage.class)))
    public Page<SubscriptionResponse> list(@BeanParam SubscriptionFilters filters,
            @Parameter(description = "From a previous page's nextCursor") @QueryParam("cursor") String cursor,
            @Parameter(description = "Items per page, 1-200") @QueryParam("limit") @DefaultValue("50")
            @Min(value = 1, message = "must be between 1 and 200")
            @Max(value = 200, message = "must be between 1 and 200") int limit) {
        return subscriptions.list(filters.query(cursor, limit));
    }

    @GET
    @Path("/export")
    @Produces(CsvDownload.MEDIA_TYPE)
    @Operation(summary = "Export subscriptions as CSV",
            description = "Every subscription the same filters list, in the same order." + CsvDownload.DESCRIPTION)
    @APIResponse(responseCode = "200", content = @Content(mediaType = CsvDownload.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@BeanParam SubscriptionFilters filters) {
        SubscriptionQuery query = filters.query(null, 0);
        return downloads.of("subscriptions", SubscriptionCsv.COLUMNS, csv -> subscriptions.export(query, csv));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a subscription")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(subscriptions.get(id));
    }

    @GET
    @Path("/{id}/changes")
    @Operation(summary = "A subscription's history", description = "Start, upgrades, downgrades, renewals and the "
            + "cancellation, by effective date, with the MRR before and after each.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = ChangeResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ChangeResponse> changes(@PathParam("id") UUID id) {
        return subscriptions.changes(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename the plan or change the owner", description = "MRR, renewal and cancellation have "
            + "their own endpoints. Publishes `stride.crm.subscription.updated.v1`." + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The subscription after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subscription was cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") SubscriptionEdit request) {
        return Versions.ok(subscriptions.edit(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/mrr")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Upgrade or downgrade", description = "A new MRR from `effectiveOn`, optionally with a new "
            + "plan name; the same MRR changes nothing. Publishes `stride.crm.subscription.changed.v1` with the old "
            + "and new MRR." + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The subscription after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subscription was cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changeMrr(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") MrrChangeRequest request) {
        return Versions.ok(subscriptions.changeMrr(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/renew")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Renew", description = "Sets the next renewal date. Publishes "
            + "`stride.crm.subscription.renewed.v1`." + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The subscription after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subscription was cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response renew(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") RenewRequest request) {
        return Versions.ok(subscriptions.renew(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel", description = "From `cancelledOn`, with a reason. Publishes "
            + "`stride.crm.subscription.cancelled.v1`." + IF_MATCH)
    @APIResponse(responseCode = "200", description = "The subscription after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SubscriptionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The subscription was cancelled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") CancelRequest request) {
        return Versions.ok(subscriptions.cancel(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a subscription entered by mistake", description = "A real end is a cancellation. "
            + "Publishes `stride.crm.subscription.deleted.v1`." + IF_MATCH)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such subscription in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        subscriptions.delete(id, ifMatch);
        return Response.noContent().build();
    }


    /** The OpenAPI shape of a page of subscriptions (generic records lose their item type in the document). */
    @Schema(name = "SubscriptionPage", requiredProperties = { "items", "total" })
    record SubscriptionPage(List<SubscriptionResponse> items, long total,
            @Schema(nullable = true) String nextCursor) {
    }
}
