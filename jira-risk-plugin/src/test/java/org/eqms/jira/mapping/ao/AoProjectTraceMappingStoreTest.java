package org.eqms.jira.mapping.ao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.eqms.jira.mapping.LinkTypeMapping;
import org.eqms.jira.mapping.MappingRefusal;
import org.eqms.jira.mapping.MappingRefusedException;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.VerificationStatusRule;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.VerificationStatus;

/** The mapping store on a real database (HSQLDB always, PostgreSQL when configured). */
class AoProjectTraceMappingStoreTest {
    private static final ProjectTraceMapping INF = new ProjectTraceMapping("INF", 0,
            Map.of("10001", ItemRole.HAZARD, "10005", ItemRole.VERIFICATION),
            Map.of("10100", LinkTypeMapping.outward(LinkType.LEADS_TO),
                    "10101", LinkTypeMapping.inward(LinkType.VERIFIED_BY)),
            new VerificationStatusRule(Map.of("Geprüft", VerificationStatus.PASSED)));

    private static AoProjectTraceMappingStore store(ActiveObjects ao) {
        ao.migrate(TraceMappingRow.class);
        return new AoProjectTraceMappingStore(ao);
    }

    @ActiveObjectsTest
    void aSavedMappingReadsBackAsTheNextRevision(ActiveObjects ao) {
        AoProjectTraceMappingStore store = store(ao);
        assertThat(store.current("INF")).isEmpty();

        ProjectTraceMapping first = store.save(INF, 0);
        ProjectTraceMapping second = store.save(INF.withRevision(9), 1);

        assertThat(first).isEqualTo(INF.withRevision(1));
        assertThat(second.revision()).isEqualTo(2);
        assertThat(store.current("INF")).contains(second);
        assertThat(store.current("RSK")).isEmpty();
        assertThat(ao.count(TraceMappingRow.class)).as("every revision is kept").isEqualTo(2);
    }

    @ActiveObjectsTest
    void aSaveToAnOlderRevisionIsRefusedAndSavesNothing(ActiveObjects ao) {
        AoProjectTraceMappingStore store = store(ao);
        store.save(INF, 0);

        assertThatThrownBy(() -> store.save(INF, 0)).isInstanceOfSatisfying(MappingRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(MappingRefusal.STALE_REVISION));
        assertThatThrownBy(() -> store.save(INF, 3)).isInstanceOf(MappingRefusedException.class);
        assertThat(ao.count(TraceMappingRow.class)).isEqualTo(1);
    }

    @ActiveObjectsTest
    void ofTwoConcurrentSavesOfOneRevisionOneWinsAndTheOtherIsStale(ActiveObjects ao) throws Exception {
        AoProjectTraceMappingStore store = store(ao);
        store.save(INF, 0);
        CountDownLatch start = new CountDownLatch(1);
        Callable<Object> save = () -> {
            start.await();
            try {
                return store.save(INF, 1);
            } catch (MappingRefusedException e) {
                return e.refusal();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> a = pool.submit(save);
            Future<Object> b = pool.submit(save);
            start.countDown();

            assertThat(java.util.List.of(a.get(30, TimeUnit.SECONDS), b.get(30, TimeUnit.SECONDS)))
                    .containsExactlyInAnyOrder(INF.withRevision(2), MappingRefusal.STALE_REVISION);
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.current("INF").orElseThrow().revision()).isEqualTo(2);
    }
}
