package dev.stride.kpi.review;

import dev.stride.kpi.platform.Problem;
import dev.stride.kpi.platform.QueryParams;
import dev.stride.kpi.platform.Versions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.LocalDate;
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

@Path("/reviews")
@Tag(name = "PDCA reviews", description = "A review per KPI and period (the month or quarter of its review cadence): "
        + "plan, do, check and act notes with Fact-Cause-Action items. Written by admins, managers or the KPI's owner.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Invalid input; `errors` names each offending field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token, or not the KPI's owner, a manager or admin",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class ReviewResource {

    private final ReviewService reviews;

    ReviewResource(ReviewService reviews) {
        this.reviews = reviews;
    }

    @GET
    @Operation(summary = "A KPI's reviews", description = "Newest period first, with their actions.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KPI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ReviewResponse> list(@Parameter(description = "The KPI", required = true) @QueryParam("kpiId")
            @NotNull(message = "is required: the KPI whose reviews to list") String kpiId) {
        return reviews.list(QueryParams.id("kpiId", kpiId));
    }

    @GET
    @Path("/due")
    @Operation(summary = "Reviews due", description = "Every KPI whose last closed review period (a month, or a "
            + "quarter of the fiscal year, by its cadence), ended after the KPI was defined, has no review yet; "
            + "most overdue first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = DueReview.class)))
    public List<DueReview> due() {
        return reviews.due();
    }

    @GET
    @Path("/quarterly")
    @Operation(summary = "The quarterly review", description = "Every KPI of the tenant with the quarter's target "
            + "(its months' summed for counts and sums, their mean for ratios), the actual from analytics (none when "
            + "analytics cannot tell), the attainment as METRICS.md defines it, and whether it was reviewed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = QuarterlyKpi.class)))
    public List<QuarterlyKpi> quarterly(
            @Parameter(description = "The first day of a fiscal quarter", required = true) @QueryParam("quarterStart")
            @NotNull(message = "is required: the first day of a fiscal quarter") String quarterStart) {
        return reviews.quarterly(QueryParams.date("quarterStart", quarterStart));
    }

    @GET
    @Path("/{kpiId}/{periodStart}")
    @Operation(summary = "A KPI's review of a period")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KPI or no review of that period yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("kpiId") UUID kpiId, @PathParam("periodStart") LocalDate periodStart) {
        return Versions.ok(reviews.get(kpiId, periodStart));
    }

    @PUT
    @Path("/{kpiId}/{periodStart}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write a KPI's review of a period", description = "Creates or replaces the plan, do, check "
            + "and act notes. `periodStart` starts a period of the KPI's review cadence that has begun. Send "
            + "`If-Match` with the ETag you read to be sure nobody changed it meanwhile (412 if they did).")
    @APIResponse(responseCode = "200", headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ReviewResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KPI in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "`If-Match` names an older version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response write(@PathParam("kpiId") UUID kpiId, @PathParam("periodStart") LocalDate periodStart,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") ReviewRequest request) {
        return Versions.ok(reviews.write(kpiId, periodStart, ifMatch, request));
    }

    @POST
    @Path("/{kpiId}/{periodStart}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a Fact-Cause-Action item", description = "To a review that exists.")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(
            implementation = ReviewResponse.ActionResponse.class)))
    @APIResponse(responseCode = "404", description = "No such KPI or no review of that period yet",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response addAction(@PathParam("kpiId") UUID kpiId, @PathParam("periodStart") LocalDate periodStart,
            @Valid @NotNull(message = "a JSON body is required") ActionRequest request) {
        return Response.status(Response.Status.CREATED).entity(reviews.addAction(kpiId, periodStart, request))
                .build();
    }
}
