package dev.stride.crm.imports;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated fields, double-quoted fields may hold commas, quotes ({@code ""}) and
 * line breaks; CRLF and LF both end a record. Broken quoting is reported with the line it starts on, never guessed.
 */
final class CsvReader {

    static final int MAX_FIELD = 10_000;
    static final int MAX_FIELDS = 200;

    /** The file is not well-formed CSV at {@code line}. */
    static final class MalformedCsvException extends Exception {
        final long line;

        MalformedCsvException(long line, String message) {
            super("line " + line + ": " + message);
            this.line = line;
        }
    }

    private final Reader in;
    private long line = 1;
    private long recordLine;
    private int pushedBack = -2;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The line the last record returned by {@link #next()} started on (1-based). */
    long recordLine() {
        return recordLine;
    }

    /** The next record's fields, or null at the end of the file. Blank lines are skipped. */
    List<String> next() throws IOException, MalformedCsvException {
        int c = read();
        while (c == '\r' || c == '\n') {
            c = endOfLine(c);
        }
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = quoted(field);
            } else {
                while (c != ',' && c != '\r' && c != '\n' && c != -1) {
                    if (c == '"') {
                        throw new MalformedCsvException(line, "a quote inside an unquoted field; enclose the field "
                                + "in quotes and double the quotes inside it");
                    }
                    append(field, c);
                    c = read();
                }
            }
            add(fields, field);
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\r' || c == '\n') {
                pushedBack = endOfLine(c);
            }
            return fields;
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int quoted(StringBuilder field) throws IOException, MalformedCsvException {
        long start = line;
        while (true) {
            int c = read();
            if (c == -1) {
                throw new MalformedCsvException(start, "a quoted field is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != '\r' && after != '\n' && after != -1) {
                        throw new MalformedCsvException(line, "text after a closing quote; double the quotes inside "
                                + "a quoted field");
                    }
                    return after;
                }
            } else if (c == '\n') {
                line++;
            }
            append(field, c);
        }
    }

    private void add(List<String> fields, StringBuilder field) throws MalformedCsvException {
        if (fields.size() == MAX_FIELDS) {
            throw new MalformedCsvException(recordLine, "more than " + MAX_FIELDS + " fields in a row");
        }
        fields.add(field.toString());
        field.setLength(0);
    }

    private void append(StringBuilder field, int c) throws MalformedCsvException {
        if (field.length() == MAX_FIELD) {
            throw new MalformedCsvException(line, "a field longer than " + MAX_FIELD + " characters");
        }
        field.append((char) c);
    }

    /** Consumes one line break (CRLF, LF or a lone CR) and returns the character after it. */
    private int endOfLine(int c) throws IOException {
        line++;
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                return after;
            }
        }
        return read();
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }
}
