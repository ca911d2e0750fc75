package org.eqms.trace.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes an {@link ExportTable} as CSV following RFC 4180: comma-separated, CRLF after every record, the header
 * record first; a field holding a comma, a double quote, CR or LF is enclosed in double quotes, with each double
 * quote inside doubled.
 *
 * <p><b>Formula injection:</b> before quoting, every cell (headers too) that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, tab or CR and is not a plain number is prefixed with a single quote ({@code '}), so that
 * Excel, LibreOffice and Google Sheets show it as text instead of running it ({@link FormulaInjectionGuard}). The
 * exported text of such a cell therefore differs from the stored value by that leading quote.
 *
 * <p>Rows are written as the table's iterator yields them; nothing is buffered beyond the writer's buffer.
 */
public final class CsvExport {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /**
     * Writes the table as UTF-8 with a byte order mark (without it Excel reads UTF-8 CSV as the local code page)
     * and flushes; the stream is left open.
     */
    public void write(ExportTable table, OutputStream out) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            writer.write(BYTE_ORDER_MARK);
            write(table, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the table to {@code writer} and flushes it; the writer is left open. */
    public void write(ExportTable table, Writer writer) {
        try {
            record(table.headers(), writer);
            long rowNumber = 0;
            while (table.rows().hasNext()) {
                record(table.nextRow(++rowNumber), writer);
            }
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void record(List<String> cells, Writer writer) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            field(cells.get(i) == null ? "" : FormulaInjectionGuard.neutralise(cells.get(i)), writer);
        }
        writer.write("\r\n");
    }

    private static void field(String cell, Writer writer) throws IOException {
        boolean quote = false;
        for (int i = 0; i < cell.length() && !quote; i++) {
            char c = cell.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            writer.write(cell);
            return;
        }
        writer.write('"');
        writer.write(cell.replace("\"", "\"\""));
        writer.write('"');
    }
}
