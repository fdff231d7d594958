package dev.stride.crm.imports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Typed cells as spreadsheets write them: dates as 2026-11-30 or 2026/1/5 (Japanese Excel), times as ISO 8601 with an
 * offset, numbers with or without thousands separators. A bad cell is a {@link CsvImport.RowError} naming its column.
 */
public final class CsvValues {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-M-d");

    private CsvValues() {
    }

    public static LocalDate date(String column, String value) {
        try {
            return value == null ? null : LocalDate.parse(value.replace('/', '-'), DATE);
        } catch (DateTimeParseException e) {
            throw new CsvImport.RowError(column, "must be a date like 2026-11-30");
        }
    }

    /** A time with its offset, or a bare date read as noon UTC: the same calendar day from UTC-11 to UTC+11. */
    public static Instant instant(String column, String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() <= 10 ? date(column, value).atTime(12, 0).toInstant(ZoneOffset.UTC)
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException | CsvImport.RowError e) {
            throw new CsvImport.RowError(column, "must be a date like 2026-11-30 or a time with its offset like "
                    + "2026-11-30T15:00:00+09:00");
        }
    }

    public static BigDecimal decimal(String column, String value) {
        try {
            return value == null ? null : new BigDecimal(value.replace(",", ""));
        } catch (NumberFormatException e) {
            throw new CsvImport.RowError(column, "must be a number like 1200000");
        }
    }
}
