package dev.stride.analytics.rebuild;

import dev.stride.analytics.platform.Problem;
import dev.stride.analytics.platform.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/rebuild")
@Tag(name = "Rebuild", description = "Recompute the tenant's analytics from the events, from the start")
@SecurityRequirement(name = "bearer")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an admin of a tenant",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class RebuildResource {

    private final RebuildService rebuilds;

    RebuildResource(RebuildService rebuilds) {
        this.rebuilds = rebuilds;
    }

    @POST
    @Operation(summary = "Rebuild the tenant's analytics by replaying every topic from the start",
            description = "Deletes the tenant's facts and KPI progress, applies its events again and recomputes "
                    + "every KPI; the result equals what the live consumers had built. Runs in the background: "
                    + "follow it with GET /rebuild. Figures are incomplete until it is done.")
    @APIResponse(responseCode = "202", description = "Started",
            content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "409", description = "A rebuild of the tenant is already running",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start() {
        return Response.accepted(rebuilds.start()).build();
    }

    @GET
    @Operation(summary = "The tenant's last rebuild")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RebuildStatus.class)))
    @APIResponse(responseCode = "404", description = "The tenant's analytics were never rebuilt",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RebuildStatus last() {
        return rebuilds.last().orElseThrow(() -> new ProblemException.NotFound("Rebuild", "of this tenant"));
    }
}
