package dev.stride.crm.imports;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportReport", requiredProperties = { "kind", "dryRun", "encoding", "rows", "created", "updated",
        "errorCount", "errors", "committed" })
public record ImportReport(String kind,
        @Schema(description = "True when nothing was meant to be written") boolean dryRun,
        @Schema(description = "The encoding the file was read with", examples = "Shift_JIS") String encoding,
        @Schema(description = "Data rows read (the header not counted)") long rows,
        @Schema(description = "Records created (on a dry run: that would be)") long created,
        @Schema(description = "Records updated by external id (on a dry run: that would be)") long updated,
        @Schema(description = "Rows that cannot be imported") long errorCount,
        @Schema(description = "The first " + ImportService.MAX_REPORTED + " of them") List<RowProblem> errors,
        @Schema(description = "Whether the rows were written; never partly") boolean committed) {

    @Schema(name = "ImportRowProblem", requiredProperties = { "row", "line", "column", "reason" })
    public record RowProblem(@Schema(description = "Data row number, 1 for the first row after the header") long row,
            @Schema(description = "Line of the file the row starts on") long line,
            @Schema(nullable = true) String column, String reason) {
    }
}
