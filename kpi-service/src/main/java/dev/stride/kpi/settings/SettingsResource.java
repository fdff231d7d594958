package dev.stride.kpi.settings;

import dev.stride.kpi.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/settings")
@Tag(name = "Settings", description = "The tenant's calendar and money settings")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
class SettingsResource {

    @GET
    @Operation(summary = "The caller's tenant settings",
            description = "Until an admin changes them: Asia/Tokyo, fiscal year from April, JPY.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SettingsResponse.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "The token names no tenant or several",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public SettingsResponse get() {
        return SettingsResponse.from(TenantSettings.current());
    }
}
