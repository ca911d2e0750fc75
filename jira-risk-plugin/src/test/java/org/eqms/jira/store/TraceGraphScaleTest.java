package org.eqms.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.SuspectLinks;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceNeighbourhood;
import org.eqms.trace.VerificationStatus;

/**
 * DESIGN §4 at the size the design names: 10,000 requirements, 5,000 risk controls and 20,000 tests with 100,000
 * links, saved in batches, then streamed back page by page — counted, and loaded into a {@link TraceGraph} — with a
 * number of queries proportional to the pages, not to the rows (no N+1); then what one change reads of it, its
 * downstream closure, in a query per level. Counts are asserted, not times.
 */
class TraceGraphScaleTest {
    private static final int REQUIREMENTS = 10_000;
    private static final int CONTROLS = 5_000;
    private static final int TESTS = 20_000;
    private static final int LINKS = 100_000;

    @ActiveObjectsTest
    void aGraphOf35000ItemsAnd100000LinksIsSavedInBatchesAndStreamedBack(ActiveObjects ao) {
        StoreFixtures.migrated(ao);
        AoTraceGraphStore store = new AoTraceGraphStore(ao, "BIG");
        // a small neighbour project, which must not leak in
        new AoTraceGraphStore(ao, "SMALL").saveItems(List.of(
                TraceItem.of("r0", ItemRole.SOFTWARE_REQUIREMENT, "X-1", "Not BIG's")));

        List<TraceItem> batch = new ArrayList<>();
        for (int i = 0; i < REQUIREMENTS; i++) {
            batch.add(TraceItem.of("r" + i, ItemRole.SOFTWARE_REQUIREMENT, "SRS-" + i, "Requirement " + i)
                    .withField("description", "The pump shall do thing " + i));
            flushItems(store, batch, false);
        }
        for (int i = 0; i < CONTROLS; i++) {
            batch.add(TraceItem.of("c" + i, ItemRole.RISK_CONTROL, "RC-" + i, "Control " + i));
            flushItems(store, batch, false);
        }
        for (int i = 0; i < TESTS; i++) {
            batch.add(TraceItem.verification("t" + i, "TC-" + i, "Test " + i,
                    i % 3 == 0 ? VerificationStatus.FAILED : VerificationStatus.PASSED));
            flushItems(store, batch, false);
        }
        flushItems(store, batch, true);

        List<TraceLink> links = new ArrayList<>();
        for (int i = 0; i < REQUIREMENTS; i++) {
            for (int k = 0; k < 6; k++) {
                links.add(new TraceLink("r" + i, LinkType.VERIFIED_BY, "t" + (2 * i + 7919 * k) % TESTS));
                flushLinks(store, links, false);
            }
        }
        for (int r = 0; r < CONTROLS; r++) {
            for (int k = 0; k < 4; k++) {
                links.add(new TraceLink("c" + r, LinkType.IMPLEMENTED_BY, "r" + (2 * r + k) % REQUIREMENTS));
                links.add(new TraceLink("c" + r, LinkType.VERIFIED_BY, "t" + (4 * r + k)));
                flushLinks(store, links, false);
            }
        }
        flushLinks(store, links, true);

        AtomicInteger streamed = new AtomicInteger();
        AtomicInteger otherCalls = new AtomicInteger();
        AoTraceGraphStore counted = new AoTraceGraphStore(counting(ao, streamed, otherCalls), "BIG");
        long items;
        long failing;
        try (Stream<TraceItem> all = counted.items()) {
            long[] counts = new long[2];
            all.forEach(item -> {
                counts[0]++;
                if (item.status() == VerificationStatus.FAILED) {
                    counts[1]++;
                }
            });
            items = counts[0];
            failing = counts[1];
        }
        long linkCount;
        try (Stream<TraceLink> all = counted.links()) {
            linkCount = all.count();
        }

        assertThat(items).isEqualTo(REQUIREMENTS + CONTROLS + TESTS);
        assertThat(failing).isEqualTo((TESTS + 2) / 3);
        assertThat(linkCount).isEqualTo(LINKS);
        // one query per page of rows, and nothing else
        int pages = (REQUIREMENTS + CONTROLS + TESTS) / AoTraceGraphStore.PAGE + 1 + LINKS / AoTraceGraphStore.PAGE + 1;
        assertThat(streamed.get()).isEqualTo(pages);
        assertThat(otherCalls.get()).isZero();

        TraceGraph graph = TraceGraph.load(store);
        assertThat(graph.itemCount()).isEqualTo(REQUIREMENTS + CONTROLS + TESTS);
        assertThat(graph.linkCount()).isEqualTo(LINKS);
        assertThat(store.linksOf("r0")).hasSize(6 + 2);

        // what one change of a control reads (the Jira listener): its downstream closure, one query per
        // breadth-first level (c0; its 4 requirements and 4 tests; their tests) and one for the items, not the graph
        streamed.set(0);
        otherCalls.set(0);
        TraceGraph downstream = TraceNeighbourhood.downstream(counted, "c0");
        assertThat(streamed.get()).isZero();
        assertThat(otherCalls.get()).isEqualTo(3 + 1);
        assertThat(SuspectLinks.downstreamClosure(downstream, "c0"))
                .isEqualTo(SuspectLinks.downstreamClosure(graph, "c0")).hasSize(4 + 4 + 4 * 6);
        assertThat(downstream.itemCount()).isLessThan(40);
    }

    private static void flushItems(AoTraceGraphStore store, List<TraceItem> batch, boolean last) {
        if (batch.size() >= 1_000 || (last && !batch.isEmpty())) {
            store.saveItems(batch);
            batch.clear();
        }
    }

    private static void flushLinks(AoTraceGraphStore store, List<TraceLink> batch, boolean last) {
        if (batch.size() >= 2_000 || (last && !batch.isEmpty())) {
            store.saveLinks(batch);
            batch.clear();
        }
    }

    /** The same ActiveObjects, counting stream calls and every other call. */
    private static ActiveObjects counting(ActiveObjects ao, AtomicInteger streams, AtomicInteger others) {
        return (ActiveObjects) Proxy.newProxyInstance(ActiveObjects.class.getClassLoader(),
                new Class<?>[] {ActiveObjects.class}, (proxy, method, args) -> {
                    (method.getName().equals("stream") ? streams : others).incrementAndGet();
                    try {
                        return method.invoke(ao, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
