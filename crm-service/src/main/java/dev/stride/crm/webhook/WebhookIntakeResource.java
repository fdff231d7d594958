package dev.stride.crm.webhook;

import dev.stride.crm.platform.Problem;
import dev.stride.crm.platform.ProblemException;
import io.quarkus.logging.Log;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/webhooks/{provider}/{endpointId}")
@Tag(name = "Webhooks")
class WebhookIntakeResource {

    private final WebhookInbox inbox;

    WebhookIntakeResource(WebhookInbox inbox) {
        this.inbox = inbox;
    }

    @POST
    @PermitAll
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Receive a delivery from a third-party CRM", description = "No bearer token: the delivery "
            + "is verified as its provider is. `standard`: Standard Webhooks v1 (`webhook-id`, `webhook-timestamp` in "
            + "seconds within 5 minutes of now, `webhook-signature` with any matching `v1,` entry). `hubspot`: "
            + "`X-HubSpot-Signature-v3` over method, URI, body and `X-HubSpot-Request-Timestamp` (milliseconds, "
            + "within 5 minutes), v1/v2 where the endpoint accepts them. `pipedrive`: the endpoint's Basic "
            + "credentials. `salesforce`: an Outbound Message of the endpoint's organization, answered with the SOAP "
            + "`<Ack>true</Ack>`. An accepted delivery is stored raw at once; the same delivery again (same "
            + "`webhook-id`, Pipedrive `meta.id`, Salesforce notification ids, or for HubSpot the same body) is "
            + "answered alike and changes nothing.")
    @APIResponse(responseCode = "200", description = "`salesforce`: stored (or stored before); the SOAP "
            + "acknowledgement", content = @Content(mediaType = MediaType.TEXT_XML))
    @APIResponse(responseCode = "202", description = "Stored (or stored before)")
    @APIResponse(responseCode = "401", description = "Not verified: unknown or disabled endpoint, a sender outside "
            + "the endpoint's address ranges, or a wrong, stale or missing signature (never which); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than 1 MiB; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@Parameter(description = "`standard`, `hubspot`, `pipedrive` or `salesforce`")
            @PathParam("provider") String provider,
            @PathParam("endpointId") String endpointId, HttpHeaders headers, UriInfo uri, HttpServerRequest request,
            InputStream stream) {
        WebhookProvider known = WebhookProvider.ofPath(provider).orElseThrow(ProblemException.Unverified::new);
        UUID id;
        try {
            id = UUID.fromString(endpointId);
        } catch (IllegalArgumentException e) {
            throw new ProblemException.Unverified();
        }
        byte[] body = inbox.body(stream, headers.getLength());
        String query = uri.getRequestUri().getRawQuery();
        boolean fresh = inbox.receive(known, id, new WebhookInbox.Delivery("POST", uri.getRequestUri().getRawPath()
                + (query != null ? "?" + query : ""), headers.getRequestHeaders(), body,
                request.remoteAddress().hostAddress()));
        Log.debugf("Webhook delivery to %s %s: %s", provider, id, fresh ? "stored" : "a duplicate");
        return known == WebhookProvider.SALESFORCE
                ? Response.ok(SalesforceOutboundMessages.ACK, MediaType.TEXT_XML_TYPE.withCharset("UTF-8")).build()
                : Response.accepted().build();
    }
}
