package dev.stride.crm.account;

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

@Path("/accounts")
@Tag(name = "Accounts", description = "Customer companies of the caller's tenant")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant, or the role does not allow this change",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class AccountResource {

    private final AccountService accounts;
    private final Idempotency idempotency;
    private final CsvDownload downloads;

    AccountResource(AccountService accounts, Idempotency idempotency, CsvDownload downloads) {
        this.accounts = accounts;
        this.idempotency = idempotency;
        this.downloads = downloads;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account", description = "Publishes `stride.crm.account.created.v1`.")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` of the new account",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    public Response create(
            @Parameter(description = Idempotency.KEY_DESCRIPTION)
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") AccountRequest request, UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST /accounts", request, () -> {
            AccountResponse created = accounts.create(request);
            return Versions.created(uri, created);
        });
    }

    @GET
    @Operation(summary = "List accounts", description = "Filtered, sorted and paged by cursor; `total` counts every "
            + "match. Follow `nextCursor` until it is absent.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AccountPage.class)))
    public Page<AccountResponse> list(@BeanParam AccountFilters filters,
            @Parameter(description = "From a previous page's nextCursor") @QueryParam("cursor") String cursor,
            @Parameter(description = "Items per page, 1-200") @QueryParam("limit") @DefaultValue("50")
            @Min(value = 1, message = "must be between 1 and 200")
            @Max(value = 200, message = "must be between 1 and 200") int limit) {
        return accounts.list(filters.query(cursor, limit));
    }

    @GET
    @Path("/export")
    @Produces(CsvDownload.MEDIA_TYPE)
    @Operation(summary = "Export accounts as CSV",
            description = "Every account the same filters list, in the same order." + CsvDownload.DESCRIPTION)
    @APIResponse(responseCode = "200", content = @Content(mediaType = CsvDownload.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response export(@BeanParam AccountFilters filters) {
        AccountQuery query = filters.query(null, 0);
        return downloads.of("accounts", AccountCsv.COLUMNS, csv -> accounts.export(query, csv));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read an account")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(accounts.get(id));
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an account's fields", description = "Send `If-Match` with the ETag you read to be "
            + "sure nobody changed it meanwhile (412 if they did); without it, the last write wins. Publishes "
            + "`stride.crm.account.updated.v1`.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountResponse.class)))
    @APIResponse(responseCode = "404", description = "No such account in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") AccountRequest request) {
        return Versions.ok(accounts.update(id, ifMatch, request));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete an account", description = "`If-Match` as for updates. Publishes "
            + "`stride.crm.account.deleted.v1`.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such account in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409",
            description = "The account still has contacts, deals, leads, activities or subscriptions",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        accounts.delete(id, ifMatch);
        return Response.noContent().build();
    }

    /** The OpenAPI shape of a page of accounts (generic records lose their item type in the document). */
    @Schema(name = "AccountPage", requiredProperties = { "items", "total" })
    record AccountPage(List<AccountResponse> items, long total,
            @Schema(nullable = true) String nextCursor) {
    }
}
