package dev.stride.crm.imports;

import dev.stride.crm.platform.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/imports")
@Tag(name = "Imports", description = "CSV files into CRM records: check first (dry run), then commit. A file is "
        + "imported completely or not at all; rows with an external id update what the same id brought before.")
@SecurityRequirement(name = "bearer")
@RolesAllowed({ "admin", "manager", "rep" })
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "The file cannot be read (encoding, quoting, unknown columns)",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "No tenant, or a row assigns records the caller may not assign",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
class ImportResource {

    private final ImportService imports;

    ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @GET
    @Operation(summary = "What can be imported", description = "Each kind with the columns its files may have.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Map.class)))
    public Map<String, List<String>> kinds() {
        return imports.kinds();
    }

    @POST
    @Path("/{kind}")
    @Consumes({ "text/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM })
    @Operation(summary = "Import a CSV file", description = "The first line names the columns (`GET /imports` lists "
            + "them; `map` renames others). By default a dry run: every row is checked and each problem reported "
            + "(row, column, reason), nothing is written. With `dryRun=false` and no problem, every row is written in "
            + "one transaction and publishes the same events as the API; with a problem, nothing is written (422).")
    @RequestBody(content = @Content(mediaType = "text/csv", schema = @Schema(type =
            org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "200", description = "The dry run's report, or the committed import's",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "404", description = "No such kind of import",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not committed: some rows cannot be imported; the report "
            + "lists them", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public Response run(@PathParam("kind") String kind,
            @Parameter(description = "true (default): only check; false: write when every row is fine")
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            @Parameter(description = "auto (default: UTF-8 with or without BOM if the file is valid UTF-8, else "
                    + "Shift_JIS), UTF-8 or Shift_JIS (CP932, as Japanese Excel saves CSV)")
            @QueryParam("encoding") String encoding,
            @Parameter(description = "header=column, repeatable: reads the file's column \"header\" as the column "
                    + "\"column\", e.g. map=会社名=name")
            @QueryParam("map") List<String> map,
            InputStream body) {
        ImportReport report = imports.run(kind, body, encoding, map, dryRun);
        return Response.status(!dryRun && !report.committed() ? 422 : 200).entity(report).build();
    }
}
