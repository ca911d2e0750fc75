package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.trace.TraceFixtures.CLOCK;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.eqms.compliance.Clause;

/**
 * Random graphs (random roles, random link attempts kept where the rules allow them) and random changes: a change
 * marks exactly the downstream closure, an irrelevant change marks nothing, a review clears only the reviewed link.
 */
class SuspectLinksProperties {

    private static final ItemRole[] ROLES = ItemRole.values();
    private static final LinkType[] TYPES = LinkType.values();

    /** A graph of {@code n} items whose roles and links come from the random numbers. */
    static TraceGraph graph(int n, List<Integer> roles, List<Integer> attempts) {
        TraceGraph graph = new TraceGraph();
        for (int i = 0; i < n; i++) {
            graph.add(TraceFixtures.item("i" + i, ROLES[roles.isEmpty() ? 0 : roles.get(i % roles.size()) % ROLES.length]));
        }
        for (int a : attempts) {
            String from = "i" + (a % n);
            LinkType type = TYPES[(a / n) % TYPES.length];
            String to = "i" + ((a / n / TYPES.length) % n);
            TraceLink link = new TraceLink(from, type, to);
            if (!from.equals(to) && !graph.contains(link)
                    && LinkRules.allows(graph.require(from).role(), type, graph.require(to).role())) {
                graph.link(link);
            }
        }
        return graph;
    }

    /** The closure computed the slow, obvious way: grow the reachable set until it stops growing. */
    static Set<TraceLink> closureByFixpoint(TraceGraph graph, String start) {
        Set<String> reachable = new HashSet<>(Set.of(start));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TraceLink l : graph.links().toList()) {
                if (l.type().propagatesSuspicion() && reachable.contains(l.from()) && reachable.add(l.to())) {
                    grew = true;
                }
            }
        }
        Set<TraceLink> closure = new HashSet<>();
        graph.links().filter(l -> l.type().propagatesSuspicion() && reachable.contains(l.from()))
                .forEach(closure::add);
        return closure;
    }

    static TraceItem relevantChange(TraceItem item) {
        return item.withTitle(item.title() + " (changed)");
    }

    @Property(tries = 300)
    @Clause("IEC62304-8.2.3")
    @Clause("IEC62304-7.4.1")
    void aChangeMarksExactlyTheDownstreamClosureAddedToWhatWasSuspect(
            @ForAll @IntRange(min = 2, max = 25) int n,
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 10) Integer> roles,
            @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 100_000) Integer> attempts,
            @ForAll @IntRange(min = 0, max = 24) int first, @ForAll @IntRange(min = 0, max = 24) int second) {
        TraceGraph graph = graph(n, roles, attempts);
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        String a = "i" + (first % n);
        String b = "i" + (second % n);

        TraceItem beforeA = graph.require(a);
        graph.replace(relevantChange(beforeA));
        List<SuspectMark> marked = suspects.onChange(graph, beforeA, graph.require(a), "u");
        assertThat(suspects.suspectLinks()).isEqualTo(closureByFixpoint(graph, a));
        assertThat(marked).extracting(SuspectMark::link).containsExactlyInAnyOrderElementsOf(closureByFixpoint(graph, a));

        Set<TraceLink> expected = new HashSet<>(suspects.suspectLinks());
        expected.addAll(closureByFixpoint(graph, b));
        TraceItem beforeB = graph.require(b);
        graph.replace(relevantChange(beforeB));
        List<SuspectMark> added = suspects.onChange(graph, beforeB, graph.require(b), "v");
        assertThat(suspects.suspectLinks()).isEqualTo(expected);
        assertThat(added).allMatch(m -> m.changedItemId().equals(b));
        assertThat(suspects.marks()).allMatch(m -> m.changedItemId().equals(a) || m.changedItemId().equals(b));
    }

    @Property(tries = 200)
    @Clause("IEC62304-8.2.3")
    void anIrrelevantChangeMarksNothing(
            @ForAll @IntRange(min = 2, max = 25) int n,
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 10) Integer> roles,
            @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 100_000) Integer> attempts,
            @ForAll @IntRange(min = 0, max = 24) int changed) {
        TraceGraph graph = graph(n, roles, attempts);
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        TraceItem before = graph.require("i" + (changed % n));
        TraceItem renamed = before.withKey("NEW-" + before.key());
        graph.replace(renamed);

        assertThat(suspects.onChange(graph, before, renamed, "u")).isEmpty();
        assertThat(suspects.onChange(graph, renamed, renamed, "u")).isEmpty();
        assertThat(suspects.count()).isZero();
    }

    @Property(tries = 300)
    @Clause("IEC62304-8.2.3")
    void aReviewClearsOnlyTheReviewedLink(
            @ForAll @IntRange(min = 2, max = 25) int n,
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 10) Integer> roles,
            @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 100_000) Integer> attempts,
            @ForAll @IntRange(min = 0, max = 24) int changed, @ForAll @IntRange(min = 0, max = 1000) int pick) {
        TraceGraph graph = graph(n, roles, attempts);
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        TraceItem before = graph.require("i" + (changed % n));
        graph.replace(relevantChange(before));
        suspects.onChange(graph, before, graph.require(before.id()), "u");
        List<TraceLink> suspect = new ArrayList<>(suspects.suspectLinks());
        if (suspect.isEmpty()) {
            return;
        }
        TraceLink reviewed = suspect.get(pick % suspect.size());

        LinkReview review = suspects.review(reviewed, "u-qa", "Still holds");

        Set<TraceLink> rest = new HashSet<>(suspect);
        rest.remove(reviewed);
        assertThat(suspects.suspectLinks()).isEqualTo(rest);
        assertThat(review.link()).isEqualTo(reviewed);
        assertThat(review.cleared().changedItemId()).isEqualTo(before.id());
    }

    @Property(tries = 200)
    void theClosureHoldsOnlyPropagatingLinksStartingAtReachableItems(
            @ForAll @IntRange(min = 2, max = 25) int n,
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 10) Integer> roles,
            @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 100_000) Integer> attempts,
            @ForAll @IntRange(min = 0, max = 24) int changed) {
        TraceGraph graph = graph(n, roles, attempts);
        String start = "i" + (changed % n);
        Set<TraceLink> closure = SuspectLinks.downstreamClosure(graph, start);
        assertThat(closure).allMatch(l -> l.type().propagatesSuspicion());
        assertThat(closure).allMatch(graph::contains);
        assertThat(closure).isEqualTo(closureByFixpoint(graph, start));
    }
}
