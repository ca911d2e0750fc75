package org.eqms.jira.store;

import org.eqms.store.ao.UniqueKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.compliance.Clause;
import org.eqms.jira.store.entity.BaselineRow;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.trace.ItemRole;
import org.eqms.trace.TraceBaseline;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceItem;

/** {@link AoTraceBaselineStore} on HSQLDB and (when configured) PostgreSQL. */
class AoTraceBaselineStoreTest {

    private static List<String> ids(AoTraceBaselineStore store) {
        try (Stream<String> ids = store.ids()) {
            return ids.toList();
        }
    }

    @ActiveObjectsTest
    @Clause("IEC62304-8.1.3")
    void aBaselineRoundTripsIntactAndIdsComeOldestFirst(ActiveObjects ao) {
        AoTraceBaselineStore store = new AoTraceBaselineStore(StoreFixtures.migrated(ao), "PUMP");
        TraceGraph graph = StoreFixtures.smallGraph();
        TraceBaseline first = StoreFixtures.baseline("BL-2", graph);
        graph.add(TraceItem.of("7", ItemRole.ANOMALY, "AN-1", "Late alarm"));
        TraceBaseline second = StoreFixtures.baseline("BL-1", graph);
        store.save(first);
        store.save(second);

        TraceBaseline back = store.find("BL-2").orElseThrow();
        assertThat(back).isEqualTo(first);
        assertThat(back.isIntact()).isTrue();
        assertThat(back.createdAt()).isEqualTo(StoreFixtures.NOW);
        assertThat(store.find("BL-1")).contains(second);
        assertThat(store.find("BL-3")).isEmpty();
        assertThat(ids(store)).containsExactly("BL-2", "BL-1");
    }

    @ActiveObjectsTest
    @Clause("IEC62304-8.1.3")
    void aStoredBaselineIsNeverReplaced(ActiveObjects ao) {
        AoTraceBaselineStore store = new AoTraceBaselineStore(StoreFixtures.migrated(ao), "PUMP");
        TraceGraph graph = StoreFixtures.smallGraph();
        TraceBaseline original = StoreFixtures.baseline("BL-1", graph);
        store.save(original);
        graph.add(TraceItem.of("7", ItemRole.ANOMALY, "AN-1", "Late alarm"));

        assertThatThrownBy(() -> store.save(StoreFixtures.baseline("BL-1", graph)))
                .isInstanceOf(AoTraceBaselineStore.BaselineExistsException.class).hasMessageContaining("BL-1");
        assertThatThrownBy(() -> store.save(original))
                .isInstanceOf(AoTraceBaselineStore.BaselineExistsException.class);

        assertThat(store.find("BL-1")).contains(original);
        assertThat(ao.count(BaselineRow.class)).isEqualTo(1);
    }

    @ActiveObjectsTest
    void aBaselineWhoseHashesDoNotMatchItsContentIsNotStored(ActiveObjects ao) {
        AoTraceBaselineStore store = new AoTraceBaselineStore(StoreFixtures.migrated(ao), "PUMP");
        TraceBaseline good = StoreFixtures.baseline("BL-1", StoreFixtures.smallGraph());
        TraceBaseline forged = new TraceBaseline(good.id(), good.label(), good.createdBy(), good.createdAt(),
                good.items(), good.links().subList(1, good.links().size()), good.hash());

        assertThatThrownBy(() -> store.save(forged)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ids(store)).isEmpty();
    }

    @ActiveObjectsTest
    void projectsAreIsolatedAndACorruptedBaselineIsAClearError(ActiveObjects ao) {
        StoreFixtures.migrated(ao);
        AoTraceBaselineStore pump = new AoTraceBaselineStore(ao, "PUMP");
        AoTraceBaselineStore monitor = new AoTraceBaselineStore(ao, "MON");
        TraceBaseline baseline = StoreFixtures.baseline("BL-1", StoreFixtures.smallGraph());
        pump.save(baseline);
        monitor.save(baseline);

        assertThat(ids(monitor)).containsExactly("BL-1");
        BaselineRow row = ao.find(BaselineRow.class, Query.select().where(BaselineRow.PROJECT_KEY + " = ?", "MON"))[0];
        ao.deleteWithSQL(BaselineRow.class, "ID = ?", row.getID());
        assertThat(monitor.find("BL-1")).isEmpty();
        assertThat(pump.find("BL-1")).contains(baseline);

        BaselineRow pumpRow = ao.find(BaselineRow.class, Query.select())[0];
        ao.deleteWithSQL(BaselineRow.class, "ID = ?", pumpRow.getID());
        ao.create(BaselineRow.class, java.util.Map.of(BaselineRow.PROJECT_KEY, "PUMP", BaselineRow.BASELINE_ID, "BL-1",
                BaselineRow.PROJECT_BASELINE, UniqueKeys.of("PUMP", "BL-1"), BaselineRow.BASELINE_LABEL, "x",
                BaselineRow.CREATED_BY, "u", BaselineRow.CREATED_AT, "2026", BaselineRow.BASELINE_HASH, "h",
                BaselineRow.ITEM_COUNT, 0, BaselineRow.LINK_COUNT, 0, BaselineRow.BASELINE_JSON, "{\"format\":1}"));
        assertThatThrownBy(() -> pump.find("BL-1")).isInstanceOf(StoredDataException.class)
                .hasMessageContaining("baseline BL-1 of project PUMP");
    }
}
