package dev.stride.crm.imports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kind of record that CSV files can bring in; each feature that offers imports provides one. The import first
 * {@link #parse parses} and {@link #check checks} every row without writing, and only when all rows are fine
 * {@link #upsert upserts} them, all in one transaction.
 *
 * @param <R> the row as the feature's own request type
 */
public interface CsvImport<R> {

    /** The path segment: {@code /imports/{kind}}. */
    String kind();

    /** The columns a file may have, as their header names; {@code externalId} is always one of them. */
    List<String> columns();

    /** Columns an export writes for people to read, which an import accepts and leaves alone (e.g. a status). */
    default List<String> readOnlyColumns() {
        return List.of();
    }

    /** The row as a request; bean validation runs on it next, with property names taken as column names. */
    R parse(Row row);

    /** Whether a record with this external id was imported before (the row would update it). */
    boolean exists(String externalId);

    /** Checks what needs the database (references, choice lists) without writing; throws a {@link RowError}. */
    void check(Row row, R request);

    /** Creates the record, or updates the one imported before with the same external id; true when created. */
    boolean upsert(String externalId, R request);

    /**
     * The record this reference names (its external id, or its own id for a record born in Stride) in this kind's
     * columns, as an export writes it and an import reads it back; null when there is none. What a change of a few
     * columns (a webhook's) is laid over.
     */
    Map<String, String> current(String reference);

    /**
     * Deletes the record this reference names as the API's delete does (same checks, same event); false when there
     * is none.
     */
    boolean delete(String reference);

    /** An exported row as values by column: numbers as plain decimals, anything else as its text. */
    static Map<String, String> values(List<String> columns, List<?> row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            Object cell = row.get(i);
            values.put(columns.get(i), cell == null ? null
                    : cell instanceof BigDecimal number ? number.toPlainString() : cell.toString());
        }
        return values;
    }

    /** A row of a file: values by column, blank cells as null, and where it is in the file. */
    interface Row {
        String get(String column);

        long line();
    }

    /** A row that cannot be imported, and the column to blame (null for the whole row). */
    final class RowError extends RuntimeException {
        private final String column;

        public RowError(String column, String reason) {
            super(reason, null, false, false);
            this.column = column;
        }

        public String column() {
            return column;
        }
    }
}
