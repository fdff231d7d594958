package dev.stride.kpi.metric;

import dev.stride.kpi.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/metrics")
@Tag(name = "Metrics", description = "The metric catalogue KGIs and KPIs are bound to (definitions: METRICS.md)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class MetricResource {

    @GET
    @Operation(summary = "Every metric a KPI can track", description = "With its unit, which way is better, the "
            + "filters it takes and the largest sensible target. Rates are fractions: 0.25 is 25 %.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = Metric.class)))
    public List<Metric> all() {
        return MetricCatalogue.all();
    }
}
