package org.eqms.trace.export;

import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A table to export (a trace matrix, a risk register): column headers and rows of text cells. Rows are an iterator
 * so that an export of 100,000 rows never holds them all: the writers consume each row once, in order, as they
 * write it. Every row has as many cells as there are headers; a {@code null} cell is written empty.
 */
public record ExportTable(List<String> headers, Iterator<List<String>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("an export table needs at least one column");
        }
        Objects.requireNonNull(rows, "rows");
    }

    /** The next row, checked to have one cell per header. */
    List<String> nextRow(long rowNumber) {
        List<String> row = Objects.requireNonNull(rows.next(), "row " + rowNumber);
        if (row.size() != headers.size()) {
            throw new IllegalArgumentException("row " + rowNumber + " has " + row.size() + " cells, the table has "
                    + headers.size() + " columns");
        }
        return row;
    }
}
