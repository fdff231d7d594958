package dev.stride.crm.lead;

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

@Path("/leads")
@Tag(name = "Leads", description = "Prospects of the caller's tenant. Every change publishes a "
        + "`stride.crm.lead.*.v1` event to `crm.leads` carrying the whole lead.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant, or the role does not allow this change",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class LeadResource {

    private static final String IF_MATCH = " Send `If-Match` with the ETag you read to be sure nobody changed the "
            + "lead meanwhile (412 if they did); without it, the last write wins.";

    private final LeadService leads;
    private final Idempotency idempotency;
    private final CsvDownload downloads;

    LeadResource(LeadService leads, Idempotency idempotency, CsvDownload downloads) {
        this.leads = leads;
        this.idempotency = idempotency;
        this.downloads = downloads;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a lead", description = "Status NEW. Publishes `stride.crm.lead.created.v1`.")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` of the new lead",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LeadResponse.class)))
    public Response create(
            @Parameter(description = Idempotency.KEY_DESCRIPTION)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") LeadRequest request, UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST /leads", request, () -> {
            LeadResponse created = leads.create(request);
            return Versions.created(uri, created);
        });
    }

    @GET
    @Operation(summary = "List leads", description = "Filtered, sorted and paged by cursor; `total` counts every "
            + "match. Follow `nextCursor` until it is absent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LeadPage.class)))
    public Page<LeadResponse> list(@BeanParam LeadFilters filters,
            @Parameter(description = "From a previous page's nextCursor") @QueryParam("cursor") String cursor,
            @Parameter(description = "Items per page, 1-200") @QueryParam("limit") @DefaultValue("50")
            @Min(value = 1, message = "must be between 1 and 200")
            @Max(value = 200, message = "must be between 1 and 200") int limit) {
        return leads.list(filters.query(cursor, limit));
    }

    @GET
    @Path("/export")
    @Produces(CsvDownload.MEDIA_TYPE)
    @Operation(summary = "Export leads as CSV",
            description = "Every lead the same filters list, in the same order." + CsvDownload.DESCRIPTION)
    @APIResponse(responseCode = "200", content = @Content(mediaType = CsvDownload.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@BeanParam LeadFilters filters) {
        LeadQuery query = filters.query(null, 0);
        return downloads.of("leads", LeadCsv.EXPORT_COLUMNS, csv -> leads.export(query, csv));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a lead")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LeadResponse.class)))
    @APIResponse(responseCode = "404", description = "No such lead in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(leads.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a lead's fields", description = "The status stays as it is. Publishes "
            + "`stride.crm.lead.updated.v1`." + IF_MATCH)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LeadResponse.class)))
    @APIResponse(responseCode = "404", description = "No such lead in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") LeadRequest request) {
        return Versions.ok(leads.update(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a lead", description = "A converted lead stays (409). Publishes "
            + "`stride.crm.lead.deleted.v1`." + IF_MATCH)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such lead in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lead was converted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        leads.delete(id, ifMatch);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a lead's status", description = "Between NEW, CONTACTED, QUALIFIED and DISQUALIFIED "
            + "(with a reason); a disqualified lead can be opened again, a converted one never changes. The same "
            + "status again changes nothing. Publishes `stride.crm.lead.status-changed.v1` (with the status it "
            + "left)." + IF_MATCH)
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = LeadResponse.class)))
    @APIResponse(responseCode = "404", description = "No such lead in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lead was converted",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changeStatus(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") LeadStatusRequest request) {
        return Versions.ok(leads.changeStatus(id, ifMatch, request));
    }

    @POST
    @Path("/{id}/convert")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Convert a lead", description = "In one transaction: links or creates the account and the "
            + "contact, opens the deal (its source is the lead's) and marks the lead CONVERTED. Publishes the "
            + "account and contact `created` events when they are new, `stride.crm.deal.created.v1` and "
            + "`stride.crm.lead.converted.v1`; if any step is refused, nothing is written." + IF_MATCH)
    @APIResponse(responseCode = "201", description = "Converted; `Location` of the new deal",
            content = @Content(schema = @Schema(implementation = ConversionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such lead in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The lead was converted already, or is disqualified",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response convert(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") ConvertRequest request, UriInfo uri) {
        ConversionResponse conversion = leads.convert(id, ifMatch, request);
        return Response.created(uri.getBaseUriBuilder().path("deals").path(conversion.deal().id().toString())
                .build()).entity(conversion).build();
    }

    @GET
    @Path("/sources")
    @Operation(summary = "Where leads can come from", description = "The tenant's list, or the built-in one until "
            + "an admin sets it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LeadSources.class)))
    public LeadSources sources() {
        return leads.sources();
    }

    @PUT
    @Path("/sources")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the lead sources", description = "Leads from a source no longer listed keep it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = LeadSources.class)))
    public LeadSources replaceSources(@Valid @NotNull(message = "a JSON body is required") LeadSources request) {
        return leads.replaceSources(request);
    }


    /** The OpenAPI shape of a page of leads (generic records lose their item type in the document). */
    @Schema(name = "LeadPage", requiredProperties = { "items", "total" })
    record LeadPage(List<LeadResponse> items, long total, @Schema(nullable = true) String nextCursor) {
    }
}
