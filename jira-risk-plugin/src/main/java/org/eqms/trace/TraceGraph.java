package org.eqms.trace;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The trace graph of one product: items by id, links kept as adjacency lists by id in both directions, and an index
 * by role. Every operation costs time in proportion to what it touches (an item's links, a role's items), never to
 * the whole graph squared: 10,000 requirements, 5,000 risks and 20,000 tests with 100,000 links fit in memory and
 * are walked in one pass. Iteration is by stream, in insertion order (items: role by role).
 *
 * <p>Every change is checked first; a refused change leaves the graph exactly as it was. Not thread-safe: a graph
 * is built per request or per job from a {@link TraceGraphStore}, and changes are written back through it.
 */
public final class TraceGraph {

    private final Map<String, TraceItem> items = new HashMap<>();
    private final Map<ItemRole, Set<String>> byRole = new EnumMap<>(ItemRole.class);
    private final Map<String, List<TraceLink>> outgoing = new HashMap<>();
    private final Map<String, List<TraceLink>> incoming = new HashMap<>();
    private final Set<TraceLink> links = new LinkedHashSet<>();

    public TraceGraph() {
        for (ItemRole role : ItemRole.values()) {
            byRole.put(role, new LinkedHashSet<>());
        }
    }

    /**
     * Build a graph from a store, streaming its items and then its links.
     *
     * <p>Items and links are two reads, not one snapshot (the products' databases run READ COMMITTED): an item and
     * its link committed between the two show as a link to a missing item. Such a load is read again, up to
     * {@value #LOAD_ATTEMPTS} times in all; a link that still has no item is the stored data's fault.
     *
     * @throws TraceRefusedException when the stored data breaks a rule (a duplicate item, a link to a missing item or
     *                               between roles the rules do not allow)
     */
    public static TraceGraph load(TraceGraphStore store) {
        for (int attempt = 1; ; attempt++) {
            try {
                return loadOnce(store);
            } catch (TraceRefusedException e) {
                if (e.refusal() != TraceRefusal.UNKNOWN_ITEM || attempt == LOAD_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    static final int LOAD_ATTEMPTS = 3;

    private static TraceGraph loadOnce(TraceGraphStore store) {
        TraceGraph graph = new TraceGraph();
        try (Stream<TraceItem> stored = store.items()) {
            stored.forEach(graph::add);
        }
        try (Stream<TraceLink> stored = store.links()) {
            stored.forEach(graph::link);
        }
        return graph;
    }

    /**
     * Add an item.
     *
     * @throws TraceRefusedException {@link TraceRefusal#DUPLICATE_ITEM} when the id is taken
     */
    public TraceItem add(TraceItem item) {
        Require.value(item, "item");
        if (items.containsKey(item.id())) {
            throw new TraceRefusedException(TraceRefusal.DUPLICATE_ITEM, "There is already an item with id "
                    + item.id() + " (" + items.get(item.id()).key() + ").", "Update that item instead of adding it.");
        }
        items.put(item.id(), item);
        byRole.get(item.role()).add(item.id());
        return item;
    }

    /**
     * Replace an item by a new state of it (same id and role); returns the previous state. Its links stay. Whether
     * the change makes downstream links suspect is {@link SuspectLinks#onChange}'s decision.
     *
     * @throws TraceRefusedException {@link TraceRefusal#UNKNOWN_ITEM}, {@link TraceRefusal#ROLE_CHANGE_NOT_ALLOWED}
     */
    public TraceItem replace(TraceItem item) {
        Require.value(item, "item");
        TraceItem previous = require(item.id());
        if (previous.role() != item.role()) {
            throw new TraceRefusedException(TraceRefusal.ROLE_CHANGE_NOT_ALLOWED, "Item " + previous.key() + " is a "
                    + previous.role() + "; it cannot become a " + item.role() + ".",
                    "Create a new " + item.role() + " item and link it instead.");
        }
        items.put(item.id(), item);
        return previous;
    }

    /**
     * Remove an item that has no links.
     *
     * @throws TraceRefusedException {@link TraceRefusal#UNKNOWN_ITEM}, {@link TraceRefusal#ITEM_HAS_LINKS}
     */
    public TraceItem remove(String id) {
        TraceItem item = require(id);
        int degree = outgoing(id).size() + incoming(id).size();
        if (degree > 0) {
            throw new TraceRefusedException(TraceRefusal.ITEM_HAS_LINKS, "Item " + item.key() + " still has " + degree
                    + " link(s).", "Remove its links first, so that the trace records what was unlinked.");
        }
        items.remove(id);
        byRole.get(item.role()).remove(id);
        return item;
    }

    /** Link {@code from —type→ to}; see {@link #link(TraceLink)}. */
    public TraceLink link(String from, LinkType type, String to) {
        return link(new TraceLink(from, type, to));
    }

    /**
     * Add a link, after checking both items exist, the link is not a self-link or a duplicate, and the
     * {@link LinkRules} allow it.
     *
     * @throws TraceRefusedException {@link TraceRefusal#UNKNOWN_ITEM}, {@link TraceRefusal#SELF_LINK},
     *                               {@link TraceRefusal#DUPLICATE_LINK}, {@link TraceRefusal#LINK_NOT_ALLOWED}
     */
    public TraceLink link(TraceLink link) {
        Require.value(link, "link");
        TraceItem from = require(link.from());
        TraceItem to = require(link.to());
        if (from.id().equals(to.id())) {
            throw new TraceRefusedException(TraceRefusal.SELF_LINK, "Item " + from.key() + " cannot be linked to itself.",
                    "Link it to another item.");
        }
        if (links.contains(link)) {
            throw new TraceRefusedException(TraceRefusal.DUPLICATE_LINK, "The link " + from.key() + " —" + link.type()
                    + "→ " + to.key() + " already exists.", "Nothing to do.");
        }
        LinkRules.check(from, link.type(), to);
        links.add(link);
        outgoing.computeIfAbsent(link.from(), k -> new ArrayList<>(2)).add(link);
        incoming.computeIfAbsent(link.to(), k -> new ArrayList<>(2)).add(link);
        return link;
    }

    /**
     * Remove a link.
     *
     * @throws TraceRefusedException {@link TraceRefusal#UNKNOWN_LINK}
     */
    public TraceLink unlink(TraceLink link) {
        Require.value(link, "link");
        if (!links.remove(link)) {
            throw new TraceRefusedException(TraceRefusal.UNKNOWN_LINK, "There is no link " + link + ".",
                    "Reload the item's links.");
        }
        outgoing.get(link.from()).remove(link);
        incoming.get(link.to()).remove(link);
        return link;
    }

    public Optional<TraceItem> item(String id) {
        return Optional.ofNullable(items.get(id));
    }

    /**
     * The item with this id.
     *
     * @throws TraceRefusedException {@link TraceRefusal#UNKNOWN_ITEM}
     */
    public TraceItem require(String id) {
        TraceItem item = id == null ? null : items.get(id);
        if (item == null) {
            throw new TraceRefusedException(TraceRefusal.UNKNOWN_ITEM, "There is no trace item with id " + id + ".",
                    "Reload the trace; the item may have been deleted.");
        }
        return item;
    }

    public boolean contains(String id) {
        return items.containsKey(id);
    }

    public boolean contains(TraceLink link) {
        return links.contains(link);
    }

    /** All items, role by role (in {@link ItemRole} order), each role's items in insertion order. */
    public Stream<TraceItem> items() {
        return byRole.values().stream().flatMap(ids -> ids.stream().map(items::get));
    }

    /** The items of one role, in insertion order. */
    public Stream<TraceItem> items(ItemRole role) {
        return byRole.get(role).stream().map(items::get);
    }

    /** All links, in insertion order. */
    public Stream<TraceLink> links() {
        return links.stream();
    }

    /** The links starting at the item (it is their upstream end). */
    public List<TraceLink> outgoing(String id) {
        return Collections.unmodifiableList(outgoing.getOrDefault(id, List.of()));
    }

    /** The links ending at the item (it is their downstream end). */
    public List<TraceLink> incoming(String id) {
        return Collections.unmodifiableList(incoming.getOrDefault(id, List.of()));
    }

    /** The downstream items linked from the item with this type. */
    public Stream<TraceItem> downstream(String id, LinkType type) {
        return outgoing(id).stream().filter(l -> l.type() == type).map(l -> items.get(l.to()));
    }

    /** The upstream items linking to the item with this type. */
    public Stream<TraceItem> upstream(String id, LinkType type) {
        return incoming(id).stream().filter(l -> l.type() == type).map(l -> items.get(l.from()));
    }

    public boolean hasOutgoing(String id, LinkType type) {
        return outgoing(id).stream().anyMatch(l -> l.type() == type);
    }

    public boolean hasIncoming(String id, LinkType type) {
        return incoming(id).stream().anyMatch(l -> l.type() == type);
    }

    public int itemCount() {
        return items.size();
    }

    public int itemCount(ItemRole role) {
        return byRole.get(role).size();
    }

    public int linkCount() {
        return links.size();
    }

    /** The number of items per role (every role present, possibly 0). */
    public Map<ItemRole, Integer> countsByRole() {
        Map<ItemRole, Integer> counts = new LinkedHashMap<>();
        byRole.forEach((role, ids) -> counts.put(role, ids.size()));
        return counts;
    }
}
