package dev.stride.crm.deal;

import dev.stride.crm.platform.Idempotency;
import dev.stride.crm.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/deals")
@Tag(name = "Deals", description = "Sales opportunities of the caller's tenant")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token names no tenant, several, or lacks the role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class DealResource {

    private final DealService deals;
    private final Idempotency idempotency;

    DealResource(DealService deals, Idempotency idempotency) {
        this.deals = deals;
        this.idempotency = idempotency;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a deal", description = "The caller becomes its owner. Publishes "
            + "`stride.crm.deal.created.v1` to `crm.deals`.")
    @APIResponse(responseCode = "201", description = "Created; `Location` points at the new deal",
            content = @Content(schema = @Schema(implementation = DealResponse.class)))
    public Response create(
            @Parameter(description = "Optional. A retry with the same key and body returns the first response "
                    + "and creates nothing; the same key with another body is a 422.")
            @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Valid @NotNull(message = "a JSON body is required") DealRequest request, UriInfo uri) {
        return idempotency.once(idempotencyKey, "POST /deals", request, () -> {
            DealResponse created = deals.create(request);
            return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                    .entity(created).build();
        });
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a deal")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DealResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deal in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DealResponse get(@PathParam("id") UUID id) {
        return deals.get(id);
    }

    @POST
    @Path("/{id}/win")
    @Operation(summary = "Mark a deal won", description = "Won now, at the deal's amount. Publishes "
            + "`stride.crm.deal.won.v1` to `crm.deals`.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = DealResponse.class)))
    @APIResponse(responseCode = "404", description = "No such deal in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The deal is already won",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public DealResponse win(@PathParam("id") UUID id) {
        return deals.win(id);
    }
}
