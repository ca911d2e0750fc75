package org.eqms.trace;

import java.util.Locale;
import java.util.Set;

/**
 * One page of the trace matrix: rows are the items of one role, ordered by key (numbers in keys compared as
 * numbers: {@code SRS-2} before {@code SRS-10}), then id; filtered by text and coverage; {@code limit} rows from
 * {@code offset}.
 *
 * @param rowRole     the role of the row items, e.g. {@code SOFTWARE_REQUIREMENT}
 * @param text        rows whose key or title contains it (case-insensitive), or {@code null} for all
 * @param coverages   rows whose {@link Coverage} is one of these, or empty for all
 * @param suspectOnly only rows with a suspect link (up or down)
 * @param offset      rows to skip, ≥ 0
 * @param limit       rows to return, 1 to {@link #MAX_LIMIT}
 */
public record MatrixQuery(ItemRole rowRole, String text, Set<Coverage> coverages, boolean suspectOnly, int offset,
                          int limit) {

    /** The largest page. */
    public static final int MAX_LIMIT = 1000;

    public MatrixQuery {
        Require.value(rowRole, "row role of the trace matrix");
        text = Require.isBlank(text) ? null : text.strip().toLowerCase(Locale.ROOT);
        coverages = coverages == null ? Set.of() : Set.copyOf(coverages);
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            throw new TraceRefusedException(TraceRefusal.INVALID_PAGE, "A trace matrix page needs offset ≥ 0 and "
                    + "limit 1.." + MAX_LIMIT + "; got offset " + offset + ", limit " + limit + ".",
                    "Ask for at most " + MAX_LIMIT + " rows from offset 0 or more.");
        }
    }

    /** All rows of a role, first page of {@code limit}. */
    public static MatrixQuery of(ItemRole rowRole, int offset, int limit) {
        return new MatrixQuery(rowRole, null, Set.of(), false, offset, limit);
    }

    public MatrixQuery withText(String value) {
        return new MatrixQuery(rowRole, value, coverages, suspectOnly, offset, limit);
    }

    public MatrixQuery withCoverages(Set<Coverage> value) {
        return new MatrixQuery(rowRole, text, value, suspectOnly, offset, limit);
    }

    public MatrixQuery onlySuspect() {
        return new MatrixQuery(rowRole, text, coverages, true, offset, limit);
    }
}
