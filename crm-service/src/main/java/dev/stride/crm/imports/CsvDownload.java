package dev.stride.crm.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * A list as a CSV download: the columns of its import (so the file re-imports), rows streamed as they are read,
 * without a cap. Resources return it from their {@code GET /<kind>/export}.
 */
@ApplicationScoped
public class CsvDownload {

    public static final String MEDIA_TYPE = "text/csv";
    public static final String DESCRIPTION = " The file has the columns its import takes, so it re-imports: "
            + "`externalId` is the id a record was imported with, or else its Stride id, and references to other "
            + "records likewise. UTF-8 with a byte order mark (Excel opens Japanese right); every match, streamed.";

    private final Clock clock;

    CsvDownload(Clock clock) {
        this.clock = clock;
    }

    /** {@code rows} writes every record of the list to the writer it is given, in order. */
    public Response of(String kind, List<String> columns, Consumer<CsvWriter> rows) {
        StreamingOutput body = out -> {
            CsvWriter csv = new CsvWriter(out, columns);
            rows.accept(csv);
            csv.flush();
        };
        return Response.ok(body, MEDIA_TYPE + "; charset=UTF-8").header("Content-Disposition",
                "attachment; filename=\"stride-" + kind + "-" + LocalDate.now(clock) + ".csv\"").build();
    }
}
