package org.eqms.trace;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rule "a change upstream makes the trace downstream suspect until someone re-reviews it" (IEC 62304 §7.4.1,
 * §8.2.3: verification invalidated by a change is repeated):
 *
 * <ul>
 *   <li>A change of an item is <em>relevant</em> when anything its content hash covers changes, except its key
 *       (title, fields, acceptability, status, level, safety class); an irrelevant change marks nothing.</li>
 *   <li>A relevant change marks suspect exactly the <em>downstream closure</em> of the item: every link of a type
 *       that {@link LinkType#propagatesSuspicion() propagates suspicion} whose upstream end is the item or is
 *       reachable from it along such links. Links that are already suspect keep their first mark (the oldest
 *       unreviewed change).</li>
 *   <li>A {@link #review re-review} clears exactly the link reviewed, recording who, when and why; it does not
 *       clear links further downstream, which need their own review.</li>
 * </ul>
 *
 * State in memory, loaded from and written through {@link SuspectLinkStore} by the caller.
 */
public final class SuspectLinks {

    private final Clock clock;
    private final Map<TraceLink, SuspectMark> marks = new LinkedHashMap<>();

    public SuspectLinks(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public SuspectLinks(Clock clock, Collection<SuspectMark> existing) {
        this(clock);
        existing.forEach(m -> marks.putIfAbsent(m.link(), m));
    }

    /** Whether a change from {@code before} to {@code after} of one item is relevant to the trace downstream. */
    public static boolean isRelevant(TraceItem before, TraceItem after) {
        return !before.withKey(after.key()).equals(after);
    }

    /**
     * The downstream closure of an item: the links of propagating types whose upstream end is the item or is
     * reachable from it along such links, in breadth-first order. Linear in the links visited.
     */
    public static Set<TraceLink> downstreamClosure(TraceGraph graph, String itemId) {
        Set<TraceLink> closure = new LinkedHashSet<>();
        Set<String> visited = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        visited.add(itemId);
        queue.add(itemId);
        while (!queue.isEmpty()) {
            for (TraceLink link : graph.outgoing(queue.poll())) {
                if (link.type().propagatesSuspicion()) {
                    closure.add(link);
                    if (visited.add(link.to())) {
                        queue.add(link.to());
                    }
                }
            }
        }
        return closure;
    }

    /**
     * Mark the trace downstream of a changed item. The graph holds the item's links (its state before or after the
     * replacement; links are the same).
     *
     * @param before the item before the change
     * @param after  the item after the change (same id and role)
     * @return the marks added (empty when the change is not relevant or everything downstream was already suspect)
     * @throws TraceRefusedException {@link TraceRefusal#UNKNOWN_ITEM}, {@link TraceRefusal#ROLE_CHANGE_NOT_ALLOWED},
     *                               {@link TraceRefusal#MISSING_VALUE}; nothing changed
     */
    public List<SuspectMark> onChange(TraceGraph graph, TraceItem before, TraceItem after, String actorKey) {
        Require.value(before, "item before the change");
        Require.value(after, "item after the change");
        Require.text(actorKey, "user who changed the item");
        if (!before.id().equals(after.id()) || before.role() != after.role()) {
            throw new TraceRefusedException(TraceRefusal.ROLE_CHANGE_NOT_ALLOWED, "A change must keep the item's id and "
                    + "role: " + before.id() + " (" + before.role() + ") became " + after.id() + " (" + after.role()
                    + ").", "Compare two states of the same item.");
        }
        graph.require(after.id());
        if (!isRelevant(before, after)) {
            return List.of();
        }
        Instant now = clock.instant();
        String hashBefore = TraceItemHash.of(before);
        String hashAfter = TraceItemHash.of(after);
        List<SuspectMark> added = new ArrayList<>();
        for (TraceLink link : downstreamClosure(graph, after.id())) {
            if (!marks.containsKey(link)) {
                SuspectMark mark = new SuspectMark(link, after.id(), actorKey, now, hashBefore, hashAfter);
                marks.put(link, mark);
                added.add(mark);
            }
        }
        return Collections.unmodifiableList(added);
    }

    /**
     * Re-review one suspect link: clears its mark and only its mark.
     *
     * @throws TraceRefusedException {@link TraceRefusal#LINK_NOT_SUSPECT}, {@link TraceRefusal#MISSING_VALUE} (no
     *                               reviewer or reason); nothing changed
     */
    public LinkReview review(TraceLink link, String reviewerKey, String reason) {
        Require.value(link, "link to review");
        SuspectMark mark = marks.get(link);
        if (mark == null) {
            throw new TraceRefusedException(TraceRefusal.LINK_NOT_SUSPECT, "The link " + link + " is not suspect.",
                    "Only suspect links need a re-review; reload the trace.");
        }
        LinkReview review = new LinkReview(link, reviewerKey, clock.instant(), reason, mark);
        marks.remove(link);
        return review;
    }

    /** Drop the mark of a link removed from the graph (no review needed: the link is gone). */
    public Optional<SuspectMark> forget(TraceLink link) {
        return Optional.ofNullable(marks.remove(link));
    }

    public boolean isSuspect(TraceLink link) {
        return marks.containsKey(link);
    }

    public Optional<SuspectMark> mark(TraceLink link) {
        return Optional.ofNullable(marks.get(link));
    }

    /** The current marks, oldest first. */
    public Stream<SuspectMark> marks() {
        return marks.values().stream();
    }

    /** The suspect links, oldest mark first. */
    public Set<TraceLink> suspectLinks() {
        return Collections.unmodifiableSet(marks.keySet());
    }

    public int count() {
        return marks.size();
    }
}
