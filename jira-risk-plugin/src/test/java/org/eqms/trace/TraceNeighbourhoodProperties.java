package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.trace.TraceFixtures.CLOCK;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.eqms.compliance.Clause;

/**
 * The sub-graphs one change reads ({@link TraceNeighbourhood}) decide as the whole graph does, on random graphs (the
 * generator of {@link SuspectLinksProperties}) read through a store that counts nothing but lookups by id: the
 * suspect marks a change raises on the downstream sub-graph are those it raises on the whole graph, and a link between
 * two items is accepted or refused on their sub-graph exactly as on the whole graph.
 */
class TraceNeighbourhoodProperties {

    /** A store over a graph that answers only lookups by id: a whole-graph read fails the property. */
    static final class LookupOnlyStore implements TraceGraphStore {
        private final TraceGraph graph;

        LookupOnlyStore(TraceGraph graph) {
            this.graph = graph;
        }

        @Override
        public Stream<TraceItem> items() {
            throw new AssertionError("a change must not read every item");
        }

        @Override
        public Stream<TraceLink> links() {
            throw new AssertionError("a change must not read every link");
        }

        @Override
        public Optional<TraceItem> item(String id) {
            return graph.item(id);
        }

        @Override
        public Map<String, TraceItem> items(java.util.Collection<String> ids) {
            Map<String, TraceItem> found = new LinkedHashMap<>();
            ids.forEach(id -> graph.item(id).ifPresent(i -> found.put(id, i)));
            return found;
        }

        @Override
        public List<TraceLink> linksOf(String id) {
            List<TraceLink> links = new ArrayList<>(graph.outgoing(id));
            links.addAll(graph.incoming(id));
            return links;
        }

        @Override
        public List<TraceLink> outgoing(java.util.Collection<String> ids) {
            return new LinkedHashSet<>(ids).stream().flatMap(id -> graph.outgoing(id).stream()).toList();
        }

        @Override
        public void saveItem(TraceItem item) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteItem(String id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveLink(TraceLink link) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void deleteLink(TraceLink link) {
            throw new UnsupportedOperationException();
        }
    }

    @Property(tries = 300)
    @Clause("IEC62304-8.2.3")
    @Clause("IEC62304-7.4.1")
    void aChangeOnItsDownstreamSubGraphMarksWhatItMarksOnTheWholeGraph(
            @ForAll @IntRange(min = 2, max = 25) int n,
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 10) Integer> roles,
            @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 100_000) Integer> attempts,
            @ForAll @IntRange(min = 0, max = 24) int changed,
            @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 1000) Integer> alreadySuspect) {
        TraceGraph whole = SuspectLinksProperties.graph(n, roles, attempts);
        List<TraceLink> links = whole.links().toList();
        List<SuspectMark> existing = new ArrayList<>();
        if (!links.isEmpty()) {
            for (int pick : alreadySuspect) {
                TraceLink link = links.get(pick % links.size());
                existing.add(new SuspectMark(link, link.from(), "u-earlier", TraceFixtures.NOW, "a".repeat(64),
                        "b".repeat(64)));
            }
        }
        TraceItem before = whole.require("i" + (changed % n));
        TraceItem after = SuspectLinksProperties.relevantChange(before);

        TraceGraph sub = TraceNeighbourhood.downstream(new LookupOnlyStore(whole), before.id());
        Set<TraceLink> closure = SuspectLinks.downstreamClosure(sub, before.id());
        List<SuspectMark> existingOnClosure = existing.stream().filter(m -> closure.contains(m.link())).toList();
        List<SuspectMark> onSub = new SuspectLinks(CLOCK, existingOnClosure).onChange(sub, before, after, "u");
        List<SuspectMark> onWhole = new SuspectLinks(CLOCK, existing).onChange(whole, before, after, "u");

        assertThat(closure).isEqualTo(SuspectLinks.downstreamClosure(whole, before.id()));
        assertThat(onSub).containsExactlyElementsOf(onWhole);
    }

    @Property(tries = 300)
    @Clause("IEC62304-5.1.1")
    void aLinkBetweenTwoItemsIsDecidedOnTheirSubGraphAsOnTheWholeGraph(
            @ForAll @IntRange(min = 2, max = 25) int n,
            @ForAll @Size(max = 25) List<@IntRange(min = 0, max = 10) Integer> roles,
            @ForAll @Size(max = 150) List<@IntRange(min = 0, max = 100_000) Integer> attempts,
            @ForAll @IntRange(min = 0, max = 100_000) int attempt) {
        TraceGraph whole = SuspectLinksProperties.graph(n, roles, attempts);
        LookupOnlyStore store = new LookupOnlyStore(whole);
        String from = "i" + (attempt % n);
        LinkType type = LinkType.values()[(attempt / n) % LinkType.values().length];
        String to = "i" + ((attempt / n / LinkType.values().length) % n);
        TraceLink link = new TraceLink(from, type, to);

        TraceGraph sub = TraceNeighbourhood.among(store, List.of(from, to));

        assertThat(outcome(sub, link)).isEqualTo(outcome(whole, link));
    }

    /** "linked", or the refusal's code. */
    private static String outcome(TraceGraph graph, TraceLink link) {
        try {
            graph.link(link);
            return "linked";
        } catch (TraceRefusedException e) {
            return e.code();
        }
    }
}
