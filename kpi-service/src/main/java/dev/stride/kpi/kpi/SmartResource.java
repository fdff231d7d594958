package dev.stride.kpi.kpi;

import dev.stride.kpi.platform.Problem;
import dev.stride.kpi.platform.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/smart-check")
@Tag(name = "KPIs")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Not JSON, or `growth` out of range",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class SmartResource {

    static final String DESCRIPTION = "Each of Specific, Measurable, Achievable, Related and Time-bound as PASS, "
            + "WARN or FAIL with one sentence in the caller's language (`Accept-Language`: ja, else en). Achievable "
            + "compares the growth the next open period's target needs over the last closed period with the best "
            + "period-over-period growth reached (history from analytics): above it WARN, above twice it FAIL; when "
            + "analytics cannot answer in time, WARN. Plus a suggested target: baseline × (1 + growth), by default the "
            + "median growth seen, with the working.";
    static final String GROWTH = "The growth for the suggested target, as a fraction (0.1 = 10 %)";

    private final SmartService smart;

    SmartResource(SmartService smart) {
        this.smart = smart;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "SMART-check a KPI draft", description = "The draft as it would be saved (POST /kpis), "
            + "complete or not: what is missing is what the check reports; nothing is saved. " + DESCRIPTION)
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SmartCheckResponse.class)))
    public SmartCheckResponse check(@NotNull(message = "a JSON body is required") KpiRequest draft,
            @Parameter(description = GROWTH, schema = @Schema(type = SchemaType.NUMBER)) @QueryParam("growth")
            String growth, @Context HttpHeaders headers) {
        return smart.check(draft, QueryParams.decimal("growth", growth), headers.getAcceptableLanguages());
    }
}
