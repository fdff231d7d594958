package dev.stride.crm.imports;

import dev.stride.crm.platform.Problem;
import dev.stride.crm.platform.ProblemException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.validation.Validator;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Runs a CSV import in two passes over the spooled file: the first parses and checks every row without writing and
 * reports each problem (row, column, reason); the second, only when no row has a problem and this is not a dry run,
 * writes every row in one transaction (flushing in batches), so a file is imported completely or not at all.
 */
@ApplicationScoped
class ImportService {

    static final int MAX_REPORTED = 1000;
    static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final int BATCH = 20;
    private static final int TIMEOUT_SECONDS = 1800;

    private final Instance<CsvImport<?>> imports;
    private final Validator validator;
    private final EntityManager em;

    ImportService(@Any Instance<CsvImport<?>> imports, Validator validator, EntityManager em) {
        this.imports = imports;
        this.validator = validator;
        this.em = em;
    }

    /** Each kind with its columns, by kind (resolved per request: a kind may keep lookups for one import). */
    Map<String, List<String>> kinds() {
        return imports.stream().collect(Collectors.toMap(CsvImport::kind, CsvImport::columns, (a, b) -> a,
                TreeMap::new));
    }

    ImportReport run(String kind, InputStream body, String encoding, List<String> mappings, boolean dryRun) {
        CsvImport<?> csv = imports.stream().filter(i -> i.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new ProblemException.NotFound("Import kind", kind + " (available: "
                        + String.join(", ", kinds().keySet()) + ")"));
        Map<String, String> mapping = mapping(mappings, csv);
        Path file = spool(body);
        try {
            Charset charset = Encodings.of(file, encoding);
            return run(csv, file, charset, mapping, dryRun);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temp file left behind is removed with the JVM's temp directory
            }
        }
    }

    private <R> ImportReport run(CsvImport<R> csv, Path file, Charset charset, Map<String, String> mapping,
            boolean dryRun) throws IOException {
        List<ImportReport.RowProblem> problems = new ArrayList<>();
        long read = 0;
        long created = 0;
        long updated = 0;
        long errors = 0;
        Set<String> externalIds = new HashSet<>();
        try (Rows rows = new Rows(file, charset, mapping, csv)) {
            for (RowValues row = rows.next(); row != null; row = rows.next()) {
                read++;
                String problem = null;
                String column = null;
                try {
                    if (row.extraFields() > 0) {
                        throw new CsvImport.RowError(null, "has " + row.extraFields() + " more fields than the header "
                                + "has columns; quote fields that contain commas");
                    }
                    R request = RecordImport.parsed(csv, row, validator);
                    csv.check(row, request);
                    String externalId = row.get("externalId");
                    if (externalId != null && !externalIds.add(externalId)) {
                        throw new CsvImport.RowError("externalId", "appears on an earlier row of this file too");
                    }
                    if (externalId != null && csv.exists(externalId)) {
                        updated++;
                    } else {
                        created++;
                    }
                } catch (CsvImport.RowError e) {
                    column = e.column();
                    problem = e.getMessage();
                } catch (ProblemException e) {
                    List<Problem.FieldError> fields = e.errors();
                    column = fields.isEmpty() ? null : fields.getFirst().field();
                    problem = fields.isEmpty() ? e.getMessage() : fields.getFirst().message();
                }
                if (problem != null) {
                    errors++;
                    if (problems.size() < MAX_REPORTED) {
                        problems.add(new ImportReport.RowProblem(read, row.line(), column, problem));
                    }
                }
            }
        }
        String encoding = charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : "Shift_JIS";
        if (errors > 0 || dryRun) {
            return new ImportReport(csv.kind(), dryRun, encoding, read, created, updated, errors, problems, false);
        }
        QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS).run(() -> write(csv, file, charset, mapping));
        return new ImportReport(csv.kind(), false, encoding, read, created, updated, 0, List.of(), true);
    }

    private <R> void write(CsvImport<R> csv, Path file, Charset charset, Map<String, String> mapping) {
        try (Rows rows = new Rows(file, charset, mapping, csv)) {
            long written = 0;
            for (RowValues row = rows.next(); row != null; row = rows.next()) {
                csv.upsert(row.get("externalId"), csv.parse(row));
                if (++written % BATCH == 0) {
                    em.flush();
                    em.clear();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code header=column} pairs, for files whose headers are not the column names. */
    private static Map<String, String> mapping(List<String> mappings, CsvImport<?> csv) {
        Map<String, String> mapping = new HashMap<>();
        for (String pair : mappings == null ? List.<String>of() : mappings) {
            int eq = pair.lastIndexOf('=');
            String column = eq > 0 ? columnNamed(pair.substring(eq + 1).strip(), csv) : null;
            if (column == null) {
                throw new ProblemException.InvalidField("map", "\"" + pair + "\" is not header=column with one of "
                        + "the columns " + csv.columns());
            }
            mapping.put(pair.substring(0, eq).strip(), column);
        }
        return mapping;
    }

    private static String columnNamed(String name, CsvImport<?> csv) {
        return csv.columns().stream().filter(c -> c.equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static Path spool(InputStream body) {
        try {
            Path file = Files.createTempFile("stride-import-", ".csv");
            try (InputStream in = body; OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
                    total += n;
                    if (total > MAX_BYTES) {
                        Files.deleteIfExists(file);
                        throw new ProblemException.InvalidField("file", "is larger than " + MAX_BYTES / 1024 / 1024
                                + " MiB; split it into smaller files");
                    }
                    out.write(buffer, 0, n);
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record RowValues(Map<String, String> values, long line, int extraFields) implements CsvImport.Row {
        @Override
        public String get(String column) {
            return values.get(column);
        }
    }

    /** The data rows of a file, by column; a broken file is a 400 naming the line. */
    private static final class Rows implements AutoCloseable {
        private final Reader reader;
        private final CsvReader csv;
        private final List<String> columns;

        Rows(Path file, Charset charset, Map<String, String> mapping, CsvImport<?> kind) throws IOException {
            this.reader = new InputStreamReader(Encodings.withoutBom(new BufferedInputStream(Files.newInputStream(file),
                    64 * 1024), charset), charset);
            this.csv = new CsvReader(reader);
            List<String> header = read();
            if (header == null) {
                throw new ProblemException.InvalidField("file", "is empty; the first line must name the columns");
            }
            columns = new ArrayList<>();
            for (String cell : header) {
                String name = cell.strip().replace("\uFEFF", "");
                String column = mapping.containsKey(name) ? mapping.get(name) : columnNamed(name, kind);
                if (column == null && kind.readOnlyColumns().stream().anyMatch(name::equalsIgnoreCase)) {
                    columns.add(null);
                    continue;
                }
                if (column == null) {
                    throw new ProblemException.InvalidField("file", "column \"" + name + "\" is not one of "
                            + kind.columns() + "; rename it, map it with map=" + name + "=<column>, or remove it");
                }
                if (columns.contains(column)) {
                    throw new ProblemException.InvalidField("file", "column " + column + " appears twice");
                }
                columns.add(column);
            }
        }

        RowValues next() {
            List<String> fields = read();
            if (fields == null) {
                return null;
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i) == null) {
                    continue;
                }
                String value = i < fields.size() ? CsvWriter.unguarded(fields.get(i).strip()) : "";
                values.put(columns.get(i), value.isEmpty() ? null : value);
            }
            return new RowValues(values, csv.recordLine(), Math.max(0, fields.size() - columns.size()));
        }

        private List<String> read() {
            try {
                return csv.next();
            } catch (CsvReader.MalformedCsvException e) {
                throw new ProblemException.InvalidField("file", "is not valid CSV at " + e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            reader.close();
        }
    }
}
