package org.eqms.trace;

import java.util.List;

/**
 * One row of the trace matrix: an item, the items linked to it upstream and downstream (with the link and whether
 * it is suspect), and its coverage.
 */
public record MatrixRow(TraceItem item, List<Linked> upstream, List<Linked> downstream, Coverage coverage) {

    /** A linked item, through which link, and whether that link is suspect. */
    public record Linked(TraceLink link, TraceItem other, boolean suspect) {
    }

    public MatrixRow {
        upstream = List.copyOf(upstream);
        downstream = List.copyOf(downstream);
    }

    /** Whether any link of the row is suspect. */
    public boolean hasSuspectLink() {
        return upstream.stream().anyMatch(Linked::suspect) || downstream.stream().anyMatch(Linked::suspect);
    }
}
