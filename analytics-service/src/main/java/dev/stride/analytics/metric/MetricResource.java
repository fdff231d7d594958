package dev.stride.analytics.metric;

import dev.stride.analytics.platform.Problem;
import dev.stride.analytics.platform.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/metrics")
@Tag(name = "Metrics", description = "Figures computed from CRM events, exactly as METRICS.md defines them")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token names no tenant, several, or lacks the role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class MetricResource {

    private static final int FIRST_YEAR = 1900;
    private static final int LAST_YEAR = 9998;

    private final MetricService metrics;

    MetricResource(MetricService metrics) {
        this.metrics = metrics;
    }

    @GET
    @Path("/{metricId}")
    @Operation(summary = "A metric's value over a period",
            description = "Days are local days in the tenant's time zone; `from` is inclusive and `to` exclusive. "
                    + "Without them, the current calendar month.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MetricResponse.class)))
    @APIResponse(responseCode = "400", description = "A date is malformed or the period is empty",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such metric",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MetricResponse value(
            @Parameter(description = "Metric id from METRICS.md", example = "deals.won.count")
            @PathParam("metricId") String metricId,
            @Parameter(description = "First day, YYYY-MM-DD", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Day after the last day, YYYY-MM-DD", example = "2026-12-01")
            @QueryParam("to") String to) {
        return metrics.value(metricId, date("from", from), date("to", to));
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ProblemException.InvalidField(field, "must be a date as YYYY-MM-DD, not \"" + value + "\"");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new ProblemException.InvalidField(field, "must be between " + FIRST_YEAR + "-01-01 and " + LAST_YEAR
                    + "-12-31, not " + value);
        }
        return date;
    }
}
