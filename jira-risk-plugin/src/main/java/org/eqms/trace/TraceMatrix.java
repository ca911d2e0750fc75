package org.eqms.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The trace matrix, a page at a time: filters and counts the rows of one role in one pass, sorts only the matching
 * rows (n log n in the role's size), and builds the {@code limit} rows of the page only. Nothing is quadratic: a page
 * of 500 software requirements out of 10,000 costs the same whatever the page.
 */
public final class TraceMatrix {

    private static final Comparator<TraceItem> ORDER = Comparator.comparing(TraceItem::key, NaturalKeyOrder.INSTANCE)
            .thenComparing(TraceItem::id);

    private TraceMatrix() {
    }

    /** A page of the matrix without suspect-link state. */
    public static MatrixPage page(TraceGraph graph, MatrixQuery query) {
        return page(graph, null, query);
    }

    /** A page of the matrix; rows show which links are suspect when {@code suspects} is given. */
    public static MatrixPage page(TraceGraph graph, SuspectLinks suspects, MatrixQuery query) {
        Predicate<TraceItem> matches = item -> matches(graph, suspects, query, item);
        List<TraceItem> rows = new ArrayList<>();
        graph.items(query.rowRole()).filter(matches).forEach(rows::add);
        rows.sort(ORDER);
        int from = Math.min(query.offset(), rows.size());
        int to = (int) Math.min((long) from + query.limit(), rows.size());
        List<MatrixRow> page = new ArrayList<>(to - from);
        for (TraceItem item : rows.subList(from, to)) {
            page.add(row(graph, suspects, item));
        }
        return new MatrixPage(rows.size(), query.offset(), query.limit(), page);
    }

    private static boolean matches(TraceGraph graph, SuspectLinks suspects, MatrixQuery query, TraceItem item) {
        if (query.text() != null && !item.key().toLowerCase(Locale.ROOT).contains(query.text())
                && !item.title().toLowerCase(Locale.ROOT).contains(query.text())) {
            return false;
        }
        if (!query.coverages().isEmpty() && !query.coverages().contains(Coverage.of(graph, item.id()))) {
            return false;
        }
        if (query.suspectOnly()) {
            if (suspects == null) {
                return false;
            }
            return graph.outgoing(item.id()).stream().anyMatch(suspects::isSuspect)
                    || graph.incoming(item.id()).stream().anyMatch(suspects::isSuspect);
        }
        return true;
    }

    private static MatrixRow row(TraceGraph graph, SuspectLinks suspects, TraceItem item) {
        List<MatrixRow.Linked> up = new ArrayList<>();
        for (TraceLink l : graph.incoming(item.id())) {
            up.add(new MatrixRow.Linked(l, graph.require(l.from()), suspects != null && suspects.isSuspect(l)));
        }
        List<MatrixRow.Linked> down = new ArrayList<>();
        for (TraceLink l : graph.outgoing(item.id())) {
            down.add(new MatrixRow.Linked(l, graph.require(l.to()), suspects != null && suspects.isSuspect(l)));
        }
        return new MatrixRow(item, up, down, Coverage.of(graph, item.id()));
    }
}
