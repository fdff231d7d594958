package dev.stride.crm.webhook;

import dev.stride.crm.platform.Problem;
import dev.stride.crm.platform.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

@Path("/webhooks/endpoints")
@Tag(name = "Webhooks", description = "Endpoints third-party CRMs post their changes to (admins only). Each has a "
        + "URL and a signing secret, shown once when created or rotated and stored encrypted.")
@SecurityRequirement(name = "bearer")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant, or not an admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class WebhookEndpointResource {

    private final WebhookEndpoints endpoints;

    WebhookEndpointResource(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
    }

    @GET
    @Operation(summary = "List webhook endpoints", description = "By name, without secrets.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = WebhookEndpointResponse.class)))
    public List<WebhookEndpointResponse> list() {
        return endpoints.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a webhook endpoint", description = "`standard`: the answer carries the signing "
            + "secret (`whsec_…`); `pipedrive`: the Basic user name and password to give Pipedrive. Copy them now: "
            + "they are never shown again. `hubspot` takes the app's client secret, `salesforce` the organization id. "
            + "Give the sender the endpoint's `path` on the gateway's address.")
    @APIResponse(responseCode = "201", description = "Created, with its secret",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookEndpointResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The name is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull(message = "a JSON body is required") WebhookEndpointRequest request,
            UriInfo uri) {
        return Versions.created(uri, endpoints.create(request));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Read a webhook endpoint", description = "Without its secret.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookEndpointResponse.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return Versions.ok(endpoints.get(id));
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(summary = "An endpoint's delivery log", description = "Its latest deliveries, newest first (at most "
            + "`limit`, default 50, up to 500); deliveries that failed verification are only counted (`rejected`).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = WebhookDeliveryResponse.class)))
    @APIResponse(responseCode = "400", description = "`limit` is not from 1 to 500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<WebhookDeliveryResponse> deliveries(@PathParam("id") UUID id,
            @Parameter(description = "Deliveries, 1-500") @QueryParam("limit") @DefaultValue("50")
            @Min(value = 1, message = "must be between 1 and 500")
            @Max(value = 500, message = "must be between 1 and 500") int limit) {
        return endpoints.deliveries(id, limit);
    }

    @POST
    @Path("/{id}/deliveries/{deliveryId}/replay")
    @Operation(summary = "Replay a failed delivery", description = "After fixing what its `reason` names (e.g. "
            + "creating the account it refers to): the processor applies it again, in order with the others.")
    @APIResponse(responseCode = "204", description = "Queued again")
    @APIResponse(responseCode = "404", description = "No such endpoint or delivery in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The delivery has not failed, or its body was purged",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void replay(@PathParam("id") UUID id, @PathParam("deliveryId") UUID deliveryId) {
        endpoints.replay(id, deliveryId);
    }

    @POST
    @Path("/{id}/rotate")
    @Operation(summary = "Rotate a generated secret", description = "`standard`: a new signing secret; `pipedrive`: "
            + "a new Basic password; shown in this answer only. The previous one is still accepted for 24 hours, so "
            + "the sender can switch over. `hubspot` takes the app's new secret with `PUT .../secret`; `salesforce` "
            + "has none (409 for both).")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookEndpointResponse.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A HubSpot or Salesforce endpoint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response rotate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.ok(endpoints.rotate(id, ifMatch));
    }

    @PUT
    @Path("/{id}/secret")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a HubSpot endpoint's secret", description = "After rotating the app's client "
            + "secret in HubSpot; the previous one is still accepted for 24 hours.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookEndpointResponse.class)))
    @APIResponse(responseCode = "400", description = "No secret",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not a HubSpot endpoint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceSecret(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") WebhookRotation rotation) {
        return Versions.ok(endpoints.replaceSecret(id, rotation, ifMatch));
    }

    @GET
    @Path("/{id}/mapping")
    @Operation(summary = "Read an endpoint's mapping", description = "How the provider's deal stages and lead "
            + "statuses become Stride's, and what Stride fills in where the provider says nothing: the provider's "
            + "defaults until replaced.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookMapping.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A Standard Webhooks endpoint (its sender uses Stride's names)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookMapping mapping(@PathParam("id") UUID id) {
        return endpoints.mapping(id);
    }

    @PUT
    @Path("/{id}/mapping")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace an endpoint's mapping", description = "Every entry is checked against the "
            + "tenant's pipelines, lead sources and loss reasons. Deliveries processed from now on use it: replay the "
            + "ones that failed for a missing mapping.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookMapping.class)))
    @APIResponse(responseCode = "400", description = "An entry names an unknown stage, status, source, reason or "
            + "currency, or maps a provider's name twice; `errors` names it (e.g. `dealStages[2].stage`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A Standard Webhooks endpoint (its sender uses Stride's names)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookMapping replaceMapping(@PathParam("id") UUID id,
            @NotNull(message = "a JSON body is required") WebhookMapping mapping) {
        return endpoints.replaceMapping(id, mapping);
    }

    @DELETE
    @Path("/{id}/mapping")
    @Operation(summary = "Reset an endpoint's mapping", description = "Back to the provider's defaults, which it "
            + "answers.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = WebhookMapping.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A Standard Webhooks endpoint (its sender uses Stride's names)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookMapping resetMapping(@PathParam("id") UUID id) {
        return endpoints.replaceMapping(id, null);
    }

    @POST
    @Path("/{id}/take-over")
    @Operation(summary = "Take over a webhook endpoint", description = "Deliveries are applied with the rights of the "
            + "admin behind the endpoint as they are at that moment; when that admin is removed, disabled, leaves the "
            + "tenant or loses the admin role, its deliveries fail with a reason saying so and the endpoint stops. "
            + "The caller becomes the admin behind it and it takes deliveries again; replay the failed ones.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookEndpointResponse.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response takeOver(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.ok(endpoints.takeOver(id, ifMatch));
    }

    @PUT
    @Path("/{id}/retention")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set how long an endpoint's deliveries keep their raw body", description = "Days after it "
            + "arrived that a delivery's headers and body are purged (a delivery waiting to be applied keeps them); "
            + "its log line stays. A purged delivery cannot be replayed.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookEndpointResponse.class)))
    @APIResponse(responseCode = "400", description = "Not between 1 and 3650 days; `errors` names `bodyRetentionDays`",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceRetention(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") WebhookRetention retention) {
        return Versions.ok(endpoints.replaceRetention(id, retention.bodyRetentionDays(), ifMatch));
    }

    @PUT
    @Path("/{id}/allowed-senders")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the address ranges an endpoint takes deliveries from", description = "CIDR ranges "
            + "(IPv4 or IPv6; a lone address is its own range), checked on the client address the gateway sees; an "
            + "empty list lets any address post. A Salesforce endpoint keeps at least one range.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookEndpointResponse.class)))
    @APIResponse(responseCode = "400", description = "A range that is not one (`errors` names it, e.g. "
            + "`allowedSenders[1]`), or none for a Salesforce endpoint",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replaceAllowedSenders(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") WebhookSenders senders) {
        return Versions.ok(endpoints.replaceAllowedSenders(id, senders.allowedSenders(), ifMatch));
    }

    @POST
    @Path("/{id}/disable")
    @Operation(summary = "Disable a webhook endpoint", description = "It accepts no delivery until enabled again.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookEndpointResponse.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response disable(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.ok(endpoints.enable(id, false, ifMatch));
    }

    @POST
    @Path("/{id}/enable")
    @Operation(summary = "Enable a webhook endpoint")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = WebhookEndpointResponse.class)))
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response enable(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Versions.ok(endpoints.enable(id, true, ifMatch));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a webhook endpoint", description = "With its delivery log.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such endpoint in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public void delete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        endpoints.delete(id, ifMatch);
    }
}
