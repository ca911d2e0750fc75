package org.eqms.jira.product;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.risk.HazardRepository;
import org.eqms.risk.RiskFixtures;
import org.eqms.risk.RiskRepository;
import org.eqms.trace.LinkReview;
import org.eqms.trace.SuspectLinkStore;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceGraphStore;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;

/** Map-backed test double of {@link ProjectStores}: one graph store and one suspect store per project key. */
class InMemoryProjectStores implements ProjectStores {
    final Map<String, Graph> graphs = new HashMap<>();
    final Map<String, Suspects> suspects = new HashMap<>();
    final Map<String, ProjectTraceMapping> mappings = new HashMap<>();
    /** The risk analysis records (hazards, situations, risks) of every project. */
    final RiskFixtures.InMemoryStore risk = new RiskFixtures.InMemoryStore();
    int transactions;
    /** The number of the transaction running now, 0 outside any. */
    int open;

    @Override
    public Graph traceGraph(String projectKey) {
        return graphs.computeIfAbsent(projectKey, k -> new Graph());
    }

    @Override
    public Suspects suspects(String projectKey) {
        return this.suspects.computeIfAbsent(projectKey, k -> new Suspects());
    }

    @Override
    public HazardRepository hazards() {
        return risk;
    }

    @Override
    public RiskRepository risks() {
        return risk;
    }

    @Override
    public Optional<ProjectTraceMapping> mapping(String projectKey) {
        return Optional.ofNullable(mappings.get(projectKey));
    }

    @Override
    public List<String> projectsHolding(String itemId) {
        return graphs.entrySet().stream().filter(e -> e.getValue().items.containsKey(itemId)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    @Override
    public void inTransaction(Runnable work) {
        transactions++;
        open = transactions;
        try {
            work.run();
        } finally {
            open = 0;
        }
    }

    /** A map-backed {@link TraceGraphStore} that counts reads of the whole graph. */
    static class Graph implements TraceGraphStore {
        final Map<String, TraceItem> items = new LinkedHashMap<>();
        final Set<TraceLink> links = new LinkedHashSet<>();
        int writes;
        int wholeReads;

        @Override
        public Stream<TraceItem> items() {
            wholeReads++;
            return new ArrayList<>(items.values()).stream();
        }

        @Override
        public Stream<TraceLink> links() {
            wholeReads++;
            return new ArrayList<>(links).stream();
        }

        @Override
        public Optional<TraceItem> item(String id) {
            return Optional.ofNullable(items.get(id));
        }

        @Override
        public Map<String, TraceItem> items(Collection<String> ids) {
            Map<String, TraceItem> found = new LinkedHashMap<>();
            ids.forEach(id -> Optional.ofNullable(items.get(id)).ifPresent(i -> found.put(id, i)));
            return found;
        }

        @Override
        public List<TraceLink> linksOf(String id) {
            List<TraceLink> of = new ArrayList<>(links.stream().filter(l -> l.from().equals(id)).toList());
            of.addAll(links.stream().filter(l -> l.to().equals(id)).toList());
            return of;
        }

        @Override
        public List<TraceLink> outgoing(Collection<String> ids) {
            return links.stream().filter(l -> ids.contains(l.from())).toList();
        }

        @Override
        public void saveItem(TraceItem item) {
            writes++;
            items.put(item.id(), item);
        }

        @Override
        public void deleteItem(String id) {
            writes++;
            items.remove(id);
        }

        @Override
        public void saveLink(TraceLink link) {
            writes++;
            links.add(link);
        }

        @Override
        public void deleteLink(TraceLink link) {
            writes++;
            links.remove(link);
        }
    }

    /** A map-backed {@link SuspectLinkStore}. */
    static final class Suspects implements SuspectLinkStore {
        final Map<TraceLink, SuspectMark> marks = new LinkedHashMap<>();
        final List<LinkReview> reviews = new ArrayList<>();

        int wholeReads;

        @Override
        public Stream<SuspectMark> marks() {
            wholeReads++;
            return new ArrayList<>(marks.values()).stream();
        }

        @Override
        public List<SuspectMark> marksOn(Collection<TraceLink> links) {
            return links.stream().distinct().map(marks::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public void saveMarks(Collection<SuspectMark> added) {
            added.forEach(m -> marks.put(m.link(), m));
        }

        @Override
        public void saveReview(LinkReview review) {
            marks.remove(review.link());
            reviews.add(review);
        }

        @Override
        public void forget(TraceLink link) {
            marks.remove(link);
        }
    }
}
