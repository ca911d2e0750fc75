package org.eqms.trace;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of a stored trace one change needs, read through the store's lookups by id instead of loading the whole
 * graph (35,000 items and 100,000 links per event would be far too slow). Each sub-graph is exactly what the rule
 * that runs on it reads, so the rule decides on it as it would on the whole graph:
 *
 * <ul>
 *   <li>{@link #downstream}: the item, every item reachable from it along links that
 *       {@link LinkType#propagatesSuspicion() propagate suspicion}, and those links. {@link SuspectLinks#onChange}
 *       reads only {@code outgoing(x)} of such items and keeps only propagating links, so its closure on this
 *       sub-graph is the closure on the whole graph.</li>
 *   <li>{@link #among}: some items and every stored link between two of them. {@link TraceGraph#link} reads only the
 *       two ends (exist? self-link? roles allowed?) and whether that very link is stored, so it accepts or refuses a
 *       link between these items as the whole graph would.</li>
 * </ul>
 *
 * Reads: one query per breadth-first level and {@code TraceGraphStore} slice for {@link #downstream}, one per item
 * for {@link #among}.
 */
public final class TraceNeighbourhood {

    private TraceNeighbourhood() {
    }

    /**
     * The downstream closure of a stored item as a graph of its own (see the class comment).
     *
     * @throws TraceRefusedException {@link TraceRefusal#UNKNOWN_ITEM} when the item or a stored link's end is not
     *                               stored
     */
    public static TraceGraph downstream(TraceGraphStore store, String itemId) {
        Set<String> reached = new LinkedHashSet<>();
        reached.add(itemId);
        List<TraceLink> links = new ArrayList<>();
        Collection<String> frontier = List.of(itemId);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (TraceLink link : store.outgoing(frontier)) {
                if (link.type().propagatesSuspicion()) {
                    links.add(link);
                    if (reached.add(link.to())) {
                        next.add(link.to());
                    }
                }
            }
            frontier = next;
        }
        return graph(store, reached, links);
    }

    /**
     * The stored items among {@code ids} with every stored link between two of them (see the class comment); ids not
     * stored are left out.
     */
    public static TraceGraph among(TraceGraphStore store, Collection<String> ids) {
        Set<String> wanted = new LinkedHashSet<>(ids);
        Set<TraceLink> links = new LinkedHashSet<>();
        for (String id : wanted) {
            for (TraceLink link : store.linksOf(id)) {
                if (wanted.contains(link.from()) && wanted.contains(link.to())) {
                    links.add(link);
                }
            }
        }
        return graph(store, wanted, links);
    }

    private static TraceGraph graph(TraceGraphStore store, Set<String> ids, Collection<TraceLink> links) {
        Map<String, TraceItem> items = new LinkedHashMap<>(store.items(ids));
        TraceGraph graph = new TraceGraph();
        for (String id : ids) {
            TraceItem item = items.get(id);
            if (item != null) {
                graph.add(item);
            }
        }
        links.forEach(graph::link);
        return graph;
    }
}
