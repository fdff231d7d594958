package dev.stride.analytics.metric;

import dev.stride.analytics.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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
@APIResponse(responseCode = "400", description = "Not a metric, a malformed date or filter, an empty period, or a "
        + "filter on a dimension the metric lacks",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token names no tenant, several, or lacks the role",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class MetricResource {

    private final MetricService metrics;

    MetricResource(MetricService metrics) {
        this.metrics = metrics;
    }

    @GET
    @Path("/{metricId}")
    @Operation(summary = "A metric's value over a period",
            description = "Days are local days in the tenant's time zone; `from` is inclusive and `to` exclusive. "
                    + "Without them, the current calendar month. Snapshot metrics (pipeline, active customers, MRR) "
                    + "are values now, whatever the period.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MetricResponse.class)))
    public MetricResponse value(
            @Parameter(description = "Metric id from METRICS.md", example = "deals.won.count")
            @PathParam("metricId") String metricId, @BeanParam MetricQuery query) {
        return metrics.value(metricId, query);
    }

    @GET
    @Path("/{metricId}/series")
    @Operation(summary = "A metric bucket by bucket",
            description = "The metric over each day, week (from Monday) or calendar month of [from, to).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = SeriesResponse.class)))
    public SeriesResponse series(
            @Parameter(description = "Metric id from METRICS.md", example = "deals.won.amount")
            @PathParam("metricId") String metricId, @BeanParam MetricQuery query,
            @Parameter(description = "day (default), week or month", example = "week") @QueryParam("bucket")
            String bucket) {
        return metrics.series(metricId, query, bucket);
    }

    @GET
    @Path("/{metricId}/records")
    @Operation(summary = "The records behind a figure",
            description = "The leads, deals, activities, subscriptions or customers a figure is computed from, with "
                    + "what each adds, chosen exactly as the figure is: they reproduce it (the count of a count, the "
                    + "sum of a sum, numerator ÷ denominator of a ratio). Oldest first; the sums cover every record "
                    + "even when only the first `limit` are listed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RecordsResponse.class)))
    public RecordsResponse records(
            @Parameter(description = "Metric id from METRICS.md", example = "deals.won.amount")
            @PathParam("metricId") String metricId, @BeanParam MetricQuery query,
            @Parameter(description = "How many records to list, 1 to 5000 (default 500)", example = "100")
            @QueryParam("limit") String limit) {
        return metrics.records(metricId, query, limit);
    }

    @GET
    @Path("/{metricId}/leaderboard")
    @Operation(summary = "A metric per person or team",
            description = "Every owner (or team) with records of the metric's kind, ranked by the metric over the "
                    + "period with the request's filters narrowed to them; best first in the metric's direction.")
    @APIResponse(responseCode = "200",
            content = @Content(schema = @Schema(implementation = LeaderboardResponse.class)))
    public LeaderboardResponse leaderboard(
            @Parameter(description = "Metric id from METRICS.md", example = "deals.won.amount")
            @PathParam("metricId") String metricId, @BeanParam MetricQuery query,
            @Parameter(description = "owner (default) or team", example = "team") @QueryParam("by") String by) {
        return metrics.leaderboard(metricId, query, by);
    }
}
