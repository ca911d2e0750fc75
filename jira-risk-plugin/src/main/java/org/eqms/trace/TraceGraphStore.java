package org.eqms.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Port: where the trace graph is kept (Jira issues and issue links in the product, tables in the sandbox). Reads
 * stream, so a graph of 100,000 links is never materialized twice; callers close the streams.
 *
 * <p>The lookups by id ({@link #item}, {@link #items(Collection)}, {@link #linksOf}, {@link #outgoing}) are what
 * one change reads ({@link TraceNeighbourhood}); the defaults scan the whole store and are there for small doubles:
 * a store of a real project overrides them with indexed queries.
 */
public interface TraceGraphStore {

    /** Every item; the caller closes the stream. */
    Stream<TraceItem> items();

    /** Every link; the caller closes the stream. */
    Stream<TraceLink> links();

    /** Create or update an item (by id). */
    void saveItem(TraceItem item);

    void deleteItem(String id);

    void saveLink(TraceLink link);

    void deleteLink(TraceLink link);

    /** The item with this id; empty when none is stored. */
    default Optional<TraceItem> item(String id) {
        try (Stream<TraceItem> items = items()) {
            return items.filter(i -> i.id().equals(id)).findFirst();
        }
    }

    /** The stored items among these ids, by id (ids not stored are absent). */
    default Map<String, TraceItem> items(Collection<String> ids) {
        Set<String> wanted = Set.copyOf(ids);
        Map<String, TraceItem> found = new LinkedHashMap<>();
        try (Stream<TraceItem> items = items()) {
            items.filter(i -> wanted.contains(i.id())).forEach(i -> found.put(i.id(), i));
        }
        return found;
    }

    /** The links of one item: those it starts (outgoing), then those it ends (incoming). */
    default List<TraceLink> linksOf(String id) {
        List<TraceLink> outgoing = new ArrayList<>();
        List<TraceLink> incoming = new ArrayList<>();
        try (Stream<TraceLink> links = links()) {
            links.forEach(l -> {
                if (l.from().equals(id)) {
                    outgoing.add(l);
                } else if (l.to().equals(id)) {
                    incoming.add(l);
                }
            });
        }
        outgoing.addAll(incoming);
        return outgoing;
    }

    /** The links whose upstream end is one of these items. */
    default List<TraceLink> outgoing(Collection<String> ids) {
        Set<String> from = Set.copyOf(ids);
        try (Stream<TraceLink> links = links()) {
            return links.filter(l -> from.contains(l.from())).toList();
        }
    }
}
