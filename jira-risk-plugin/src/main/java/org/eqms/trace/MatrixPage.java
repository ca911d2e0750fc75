package org.eqms.trace;

import java.util.List;

/**
 * A page of the trace matrix.
 *
 * @param total  rows matching the query's filters, over all pages
 * @param offset the query's offset
 * @param limit  the query's limit
 * @param rows   at most {@code limit} rows
 */
public record MatrixPage(int total, int offset, int limit, List<MatrixRow> rows) {
    public MatrixPage {
        rows = List.copyOf(rows);
    }

    /** Whether rows follow this page. */
    public boolean hasMore() {
        return offset + rows.size() < total;
    }
}
