package dev.stride.crm.webhook;

import dev.stride.crm.platform.Problem;
import dev.stride.crm.platform.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
            + "is verified by the endpoint's secret. `standard`: Standard Webhooks v1 (`webhook-id`, "
            + "`webhook-timestamp` in seconds within 5 minutes of now, `webhook-signature` with any matching `v1,` "
            + "entry). An accepted delivery is stored raw at once and answered 202; the same `webhook-id` again is "
            + "answered 202 and changes nothing.")
    @APIResponse(responseCode = "202", description = "Stored (or stored before)")
    @APIResponse(responseCode = "401", description = "Not verified: unknown or disabled endpoint, or a wrong, stale "
            + "or missing signature (never which); nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Larger than 1 MiB; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response receive(@Parameter(description = "`standard`") @PathParam("provider") String provider,
            @PathParam("endpointId") String endpointId, HttpHeaders headers, byte[] body) {
        WebhookProvider known = WebhookProvider.ofPath(provider).orElseThrow(ProblemException.Unverified::new);
        UUID id;
        try {
            id = UUID.fromString(endpointId);
        } catch (IllegalArgumentException e) {
            throw new ProblemException.Unverified();
        }
        inbox.receive(known, id, headers.getRequestHeaders(), body != null ? body : new byte[0]);
        return Response.accepted().build();
    }
}
