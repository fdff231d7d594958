package dev.stride.kpi.settings;

import dev.stride.kpi.platform.Problem;
import dev.stride.kpi.platform.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/settings")
@Tag(name = "Settings", description = "The tenant's calendar and money settings. A change publishes "
        + "`stride.kpi.settings.defined.v1` to `kpi.definitions` with the whole settings and holiday calendar.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token, or the role may not change this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class SettingsResource {

    private final SettingsService settings;

    SettingsResource(SettingsService settings) {
        this.settings = settings;
    }

    @GET
    @Operation(summary = "The caller's tenant settings", description = "Until an admin changes them: Asia/Tokyo, "
            + "fiscal year from April, JPY, gross margin 100 %, a 90-day lead-conversion window, Japan's holidays.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SettingsResponse.class)))
    public Response get() {
        SettingsResponse current = settings.get();
        return Response.ok(current).tag(Versions.etag(current.version())).build();
    }

    @PUT
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the settings", description = "Every field at once, exchange rates and days off "
            + "included. Send `If-Match` with the ETag you read to be sure nobody changed them meanwhile (412 if "
            + "they did); without it, the last write wins.")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = SettingsResponse.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response replace(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") SettingsRequest request) {
        SettingsResponse changed = settings.replace(ifMatch, request);
        return Response.ok(changed).tag(Versions.etag(changed.version())).build();
    }

    @GET
    @Path("/holidays")
    @Operation(summary = "The days off of a year", description = "The national holidays of the tenant's calendar "
            + "(Japan's are shipped for 2020-2030) and the tenant's own days off, by date. Working days are Monday to "
            + "Friday except these.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = Holiday.class)))
    public List<Holiday> holidays(
            @Parameter(description = "The calendar year", required = true) @QueryParam("year")
            @NotNull(message = "is required, e.g. year=2026") @Min(value = 2000, message = "must be from 2000 to 2100")
            @Max(value = 2100, message = "must be from 2000 to 2100") Integer year) {
        return settings.holidays(year);
    }
}
