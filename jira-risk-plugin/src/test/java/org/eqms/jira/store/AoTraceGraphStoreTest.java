package org.eqms.jira.store;

import org.eqms.store.ao.UniqueKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.jira.store.entity.TraceItemRow;
import org.eqms.jira.store.entity.TraceLinkRow;
import org.eqms.store.ao.SqlStates;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceRefusal;
import org.eqms.trace.TraceRefusedException;

/** {@link AoTraceGraphStore} on HSQLDB and (when configured) PostgreSQL. */
class AoTraceGraphStoreTest {

    private static List<TraceItem> items(AoTraceGraphStore store) {
        try (Stream<TraceItem> items = store.items()) {
            return items.toList();
        }
    }

    private static List<TraceLink> links(AoTraceGraphStore store) {
        try (Stream<TraceLink> links = store.links()) {
            return links.toList();
        }
    }

    private static void save(AoTraceGraphStore store, TraceGraph graph) {
        try (Stream<TraceItem> items = graph.items()) {
            store.saveItems(items.toList());
        }
        try (Stream<TraceLink> links = graph.links()) {
            store.saveLinks(links.toList());
        }
    }

    @ActiveObjectsTest
    @Clause("IEC62304-5.1.1")
    void itemsOfEveryRoleAndTheirLinksRoundTripInSaveOrder(ActiveObjects ao) {
        AoTraceGraphStore store = new AoTraceGraphStore(StoreFixtures.migrated(ao), "PUMP");
        List<TraceItem> every = StoreFixtures.itemOfEveryRole();
        every.forEach(store::saveItem);
        store.saveLink(new TraceLink(every.get(0).id(), LinkType.DERIVES, every.get(1).id()));
        store.saveLink(new TraceLink(every.get(1).id(), LinkType.VERIFIED_BY, every.get(7).id()));

        assertThat(items(store)).containsExactlyElementsOf(every);
        assertThat(links(store)).containsExactly(new TraceLink(every.get(0).id(), LinkType.DERIVES, every.get(1).id()),
                new TraceLink(every.get(1).id(), LinkType.VERIFIED_BY, every.get(7).id()));
        assertThat(store.itemCount()).isEqualTo(every.size());
        assertThat(store.linkCount()).isEqualTo(2);
    }

    @ActiveObjectsTest
    @Clause("IEC62304-5.1.1")
    void aGraphSavedIsTheGraphLoaded(ActiveObjects ao) {
        AoTraceGraphStore store = new AoTraceGraphStore(StoreFixtures.migrated(ao), "PUMP");
        TraceGraph graph = StoreFixtures.smallGraph();
        save(store, graph);

        TraceGraph loaded = TraceGraph.load(store);

        assertThat(loaded.itemCount()).isEqualTo(graph.itemCount());
        try (Stream<TraceItem> expected = graph.items(); Stream<TraceItem> actual = loaded.items()) {
            assertThat(actual.toList()).containsExactlyInAnyOrderElementsOf(expected.toList());
        }
        try (Stream<TraceLink> expected = graph.links(); Stream<TraceLink> actual = loaded.links()) {
            assertThat(actual.toList()).containsExactlyInAnyOrderElementsOf(expected.toList());
        }
        assertThat(store.linksOf("2")).containsExactly(new TraceLink("2", LinkType.VERIFIED_BY, "3"),
                new TraceLink("1", LinkType.DERIVES, "2"), new TraceLink("6", LinkType.IMPLEMENTED_BY, "2"));
    }

    @ActiveObjectsTest
    void anItemIsUpdatedInPlaceAndKeepsItsPosition(ActiveObjects ao) {
        AoTraceGraphStore store = new AoTraceGraphStore(StoreFixtures.migrated(ao), "PUMP");
        TraceItem first = TraceItem.of("1", ItemRole.SOFTWARE_REQUIREMENT, "SRS-1", "Old");
        TraceItem second = TraceItem.of("2", ItemRole.SOFTWARE_REQUIREMENT, "SRS-2", "Other");
        store.saveItems(List.of(first, second));

        TraceItem changed = first.withKey("SRS-1a").withTitle("").withFields(Map.of("description", "New text"));
        store.saveItem(changed);
        store.saveItem(second);

        assertThat(items(store)).containsExactly(changed, second);
        assertThat(ao.count(TraceItemRow.class)).isEqualTo(2);
    }

    @ActiveObjectsTest
    void anItemCannotChangeItsRoleAndARefusedBatchWritesNothing(ActiveObjects ao) {
        AoTraceGraphStore store = new AoTraceGraphStore(StoreFixtures.migrated(ao), "PUMP");
        TraceItem requirement = TraceItem.of("1", ItemRole.SOFTWARE_REQUIREMENT, "SRS-1", "Rate");
        store.saveItem(requirement);

        assertThatThrownBy(() -> store.saveItems(List.of(
                TraceItem.of("2", ItemRole.SOFTWARE_REQUIREMENT, "SRS-2", "New"),
                TraceItem.of("1", ItemRole.RISK_CONTROL, "SRS-1", "Rate"))))
                .isInstanceOfSatisfying(TraceRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(TraceRefusal.ROLE_CHANGE_NOT_ALLOWED));

        assertThat(items(store)).containsExactly(requirement);
    }

    @ActiveObjectsTest
    void aLinkNeedsBothItemsAndIsStoredOnce(ActiveObjects ao) {
        AoTraceGraphStore store = new AoTraceGraphStore(StoreFixtures.migrated(ao), "PUMP");
        save(store, StoreFixtures.smallGraph());
        TraceLink existing = new TraceLink("1", LinkType.DERIVES, "2");

        store.saveLink(existing);
        store.saveLinks(List.of(existing, existing));
        assertThat(store.linkCount()).isEqualTo(5);

        assertThatThrownBy(() -> store.saveLinks(List.of(new TraceLink("2", LinkType.VERIFIED_BY, "3x"),
                new TraceLink("1", LinkType.DERIVES, "3"))))
                .isInstanceOfSatisfying(TraceRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(TraceRefusal.UNKNOWN_ITEM);
                    assertThat(e.getMessage()).contains("3x");
                });
        assertThat(store.linkCount()).isEqualTo(5);
    }

    @ActiveObjectsTest
    void anItemWithLinksIsNotDeletedUntilItsLinksAre(ActiveObjects ao) {
        AoTraceGraphStore store = new AoTraceGraphStore(StoreFixtures.migrated(ao), "PUMP");
        save(store, StoreFixtures.smallGraph());

        assertThatThrownBy(() -> store.deleteItem("3"))
                .isInstanceOfSatisfying(TraceRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(TraceRefusal.ITEM_HAS_LINKS));
        assertThat(store.itemCount()).isEqualTo(6);

        store.deleteLink(new TraceLink("2", LinkType.VERIFIED_BY, "3"));
        store.deleteLink(new TraceLink("2", LinkType.VERIFIED_BY, "3"));
        store.deleteItem("3");
        store.deleteItem("3");

        assertThat(store.itemCount()).isEqualTo(5);
        assertThat(store.linkCount()).isEqualTo(4);
        assertThat(TraceGraph.load(store).itemCount()).isEqualTo(5);
    }

    @ActiveObjectsTest
    void projectsAreIsolated(ActiveObjects ao) {
        StoreFixtures.migrated(ao);
        AoTraceGraphStore pump = new AoTraceGraphStore(ao, "PUMP");
        AoTraceGraphStore monitor = new AoTraceGraphStore(ao, "MON");
        save(pump, StoreFixtures.smallGraph());
        TraceItem sameIdElsewhere = TraceItem.of("1", ItemRole.HAZARD, "H-9", "Other project's item");
        monitor.saveItem(sameIdElsewhere);

        assertThat(items(monitor)).containsExactly(sameIdElsewhere);
        assertThat(links(monitor)).isEmpty();
        assertThat(pump.itemCount()).isEqualTo(6);
        assertThatThrownBy(() -> monitor.saveLink(new TraceLink("1", LinkType.DERIVES, "2")))
                .isInstanceOf(TraceRefusedException.class);
        // deleting in one project leaves the other's item of the same id
        monitor.deleteItem("1");
        assertThat(items(monitor)).isEmpty();
        assertThat(pump.itemCount()).isEqualTo(6);
    }

    @ActiveObjectsTest
    void theDatabaseItselfRefusesASecondRowForAnItemOrALink(ActiveObjects ao) {
        AoTraceGraphStore store = new AoTraceGraphStore(StoreFixtures.migrated(ao), "PUMP");
        save(store, StoreFixtures.smallGraph());

        assertThatThrownBy(() -> ao.create(TraceItemRow.class, Map.of(TraceItemRow.PROJECT_KEY, "PUMP",
                TraceItemRow.ITEM_ID, "1", TraceItemRow.PROJECT_ITEM, UniqueKeys.of("PUMP", "1"),
                TraceItemRow.ITEM_ROLE, "HAZARD", TraceItemRow.HUMAN_KEY, "X", TraceItemRow.FIELDS_JSON, "{}")))
                .matches(SqlStates::uniqueViolation, "a unique violation");
        assertThatThrownBy(() -> ao.create(TraceLinkRow.class, Map.of(TraceLinkRow.PROJECT_KEY, "PUMP",
                TraceLinkRow.FROM_ID, "1", TraceLinkRow.LINK_TYPE, "DERIVES", TraceLinkRow.TO_ID, "2",
                TraceLinkRow.PROJECT_LINK, store.linkKey(new TraceLink("1", LinkType.DERIVES, "2")))))
                .matches(SqlStates::uniqueViolation, "a unique violation");
    }

    @ActiveObjectsTest
    void readsPageThroughMoreRowsThanOnePage(ActiveObjects ao) {
        AoTraceGraphStore store = new AoTraceGraphStore(StoreFixtures.migrated(ao), "PUMP");
        int n = AoTraceGraphStore.PAGE * 2 + 7;
        List<TraceItem> many = java.util.stream.IntStream.range(0, n)
                .mapToObj(i -> TraceItem.of("i" + i, ItemRole.SOFTWARE_REQUIREMENT, "SRS-" + i, "R" + i)).toList();
        store.saveItems(many);
        new AoTraceGraphStore(ao, "OTHER").saveItem(TraceItem.of("x", ItemRole.HAZARD, "H", "in between"));
        store.saveItem(TraceItem.of("last", ItemRole.HAZARD, "H-1", "after the other project's"));

        List<TraceItem> read = items(store);

        assertThat(read).hasSize(n + 1);
        assertThat(read.subList(0, n)).containsExactlyElementsOf(many);
        try (Stream<TraceItem> items = store.items()) {
            assertThat(items.limit(3).map(TraceItem::id).toList()).containsExactly("i0", "i1", "i2");
        }
    }

    @ActiveObjectsTest
    void aCorruptedRowIsAClearError(ActiveObjects ao) {
        AoTraceGraphStore store = new AoTraceGraphStore(StoreFixtures.migrated(ao), "PUMP");
        store.saveItem(TraceItem.of("1", ItemRole.HAZARD, "H-1", "Overdose"));
        TraceItemRow row = ao.find(TraceItemRow.class, net.java.ao.Query.select())[0];
        row.setFieldsJson("{\"format\":\"eqms-jira/item-fields/1\",\"record\":{\"a\":1}}");
        row.save();

        assertThatThrownBy(() -> items(store)).isInstanceOf(StoredDataException.class)
                .hasMessageContaining("trace item 1 of project PUMP");
    }

    @ActiveObjectsTest
    @Clause("IEC62304-5.1.1")
    void lookupsByIdReadOnlyTheItemsAndLinksAsked(ActiveObjects ao) {
        StoreFixtures.migrated(ao);
        AoTraceGraphStore store = new AoTraceGraphStore(ao, "PUMP");
        AoTraceGraphStore other = new AoTraceGraphStore(ao, "OTHER");
        TraceGraph graph = StoreFixtures.smallGraph();
        save(store, graph);
        other.saveItem(graph.require("2"));

        assertThat(store.item("2")).contains(graph.require("2"));
        assertThat(store.item("99")).isEmpty();
        assertThat(store.items(List.of("5", "99", "1"))).containsOnlyKeys("5", "1")
                .containsEntry("5", graph.require("5"));
        assertThat(store.linksOf("2")).containsExactly(new TraceLink("2", LinkType.VERIFIED_BY, "3"),
                new TraceLink("1", LinkType.DERIVES, "2"), new TraceLink("6", LinkType.IMPLEMENTED_BY, "2"));
        assertThat(store.outgoing(List.of("4", "5", "3"))).containsExactlyInAnyOrder(
                new TraceLink("4", LinkType.LEADS_TO, "5"), new TraceLink("5", LinkType.MITIGATED_BY, "6"));
        assertThat(other.linksOf("2")).isEmpty();
        assertThat(other.outgoing(List.of("2"))).isEmpty();
        assertThat(AoTraceGraphStore.projectsHolding(ao, "2")).containsExactlyInAnyOrder("PUMP", "OTHER");
        assertThat(AoTraceGraphStore.projectsHolding(ao, "4")).containsExactly("PUMP");
        assertThat(AoTraceGraphStore.projectsHolding(ao, "99")).isEmpty();
    }

    @ActiveObjectsTest
    @Clause("IEC62304-8.2.3")
    void theDownstreamOfAStoredItemIsItsClosureOnTheWholeGraph(ActiveObjects ao) {
        AoTraceGraphStore store = new AoTraceGraphStore(StoreFixtures.migrated(ao), "PUMP");
        TraceGraph graph = StoreFixtures.smallGraph();
        save(store, graph);

        for (String id : List.of("1", "2", "3", "4", "5", "6")) {
            TraceGraph downstream = org.eqms.trace.TraceNeighbourhood.downstream(store, id);
            assertThat(org.eqms.trace.SuspectLinks.downstreamClosure(downstream, id))
                    .isEqualTo(org.eqms.trace.SuspectLinks.downstreamClosure(graph, id));
        }
        assertThat(org.eqms.trace.TraceNeighbourhood.downstream(store, "4").itemCount())
                .as("H-1 → HS-1 → RC-1 → SRS-1 → TC-1, not SYS-1").isEqualTo(5);
    }
}
