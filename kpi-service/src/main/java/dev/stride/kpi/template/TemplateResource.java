package dev.stride.kpi.template;

import dev.stride.kpi.goal.KgiResponse;
import dev.stride.kpi.platform.Languages;
import dev.stride.kpi.platform.Problem;
import dev.stride.kpi.platform.QueryParams;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/templates")
@Tag(name = "Templates", description = "Starter goal trees (sales team, subscription business), named in the "
        + "caller's language (`Accept-Language` ja, else en)")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant in the token, or a rep changing the goal tree",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class TemplateResource {

    private final TemplateService templates;

    TemplateResource(TemplateService templates) {
        this.templates = templates;
    }

    @GET
    @Operation(summary = "The templates", description = "Each with the KGI, KSFs and KPIs it creates.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(type = SchemaType.ARRAY,
            implementation = TemplateResponse.class)))
    public List<TemplateResponse> all(@Context HttpHeaders headers) {
        return templates.all(Languages.japanese(headers.getAcceptableLanguages()));
    }

    @POST
    @Path("/{id}/apply")
    @RolesAllowed({ "admin", "manager" })
    @Operation(summary = "Create a goal tree from a template", description = "In one transaction: the KGI over the "
            + "current fiscal year, its KSFs and KPIs (owned by the caller) with a target for every month of that year "
            + "(those of months that ended are frozen at once); each definition is versioned and published as if "
            + "defined one by one. Applying twice makes two trees.")
    @APIResponse(responseCode = "201", description = "Created; `Location` of the new KGI",
            content = @Content(schema = @Schema(implementation = KgiResponse.class)))
    @APIResponse(responseCode = "400", description = "`revenue` out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such template",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response apply(@PathParam("id") String id,
            @Parameter(description = "The sales tree's fiscal-year revenue target in the tenant's currency "
                    + "(default 120,000,000); the average deal size target follows from it",
                    schema = @Schema(type = SchemaType.NUMBER))
            @QueryParam("revenue") String revenue, @Context HttpHeaders headers) {
        KgiResponse kgi = templates.apply(id, QueryParams.decimal("revenue", revenue),
                Languages.japanese(headers.getAcceptableLanguages()));
        return Response.created(URI.create("kgis/" + kgi.id())).entity(kgi).build();
    }
}
