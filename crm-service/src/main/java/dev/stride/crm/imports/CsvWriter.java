package dev.stride.crm.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes CSV as Excel opens it right, Japanese included: UTF-8 with a byte order mark, CRLF line ends, RFC 4180
 * quoting. A text cell that a spreadsheet would run as a formula ({@code = + - @}, tab or CR first) is written with a
 * {@code '} in front, which the import takes off again ({@link #unguarded}), so an export re-imports unchanged.
 */
public final class CsvWriter {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final Writer out;

    CsvWriter(OutputStream out, List<String> header) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        write("\uFEFF");
        row(header);
    }

    /** Writes one record: null as an empty cell, numbers as plain decimals, anything else as its text. */
    public void row(List<?> cells) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells.get(i);
            if (cell instanceof BigDecimal number) {
                line.append(number.toPlainString());
            } else if (cell instanceof Number || cell instanceof Boolean) {
                line.append(cell);
            } else if (cell != null) {
                line.append(quoted(guarded(cell.toString())));
            }
        }
        write(line.append("\r\n").toString());
    }

    void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A text cell as written: with a {@code '} in front when a spreadsheet would take it for a formula. */
    static String guarded(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A cell as read: without the {@code '} that {@link #guarded} put in front of a formula-like text. */
    static String unguarded(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && FORMULA_STARTS.indexOf(text.charAt(1)) >= 0
                ? text.substring(1) : text;
    }

    private static String quoted(String text) {
        boolean quote = false;
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        quote |= !text.isEmpty() && (Character.isWhitespace(text.charAt(0))
                || Character.isWhitespace(text.charAt(text.length() - 1)));
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
