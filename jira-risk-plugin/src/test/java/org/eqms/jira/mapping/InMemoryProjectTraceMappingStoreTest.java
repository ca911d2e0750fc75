package org.eqms.jira.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.eqms.trace.ItemRole;
import org.junit.jupiter.api.Test;

class InMemoryProjectTraceMappingStoreTest {
    private final ProjectTraceMappingStore store = new InMemoryProjectTraceMappingStore();
    private final ProjectTraceMapping hazards = new ProjectTraceMapping("INF", 0, Map.of("10001", ItemRole.HAZARD),
            Map.of(), null);

    @Test
    void aProjectNeverMappedHasNoMapping() {
        assertThat(store.current("INF")).isEmpty();
        assertThat(store.current(null)).isEmpty();
    }

    @Test
    void eachSaveMakesTheNextRevisionAndItIsInForce() {
        ProjectTraceMapping first = store.save(hazards, 0);
        ProjectTraceMapping second = store.save(hazards.withRevision(77), 1);

        assertThat(first.revision()).isEqualTo(1);
        assertThat(second.revision()).as("the mapping's own revision is not used").isEqualTo(2);
        assertThat(store.current("INF")).contains(second);
    }

    @Test
    void aSaveToAnOlderRevisionIsRefusedAsStaleAndSavesNothing() {
        store.save(hazards, 0);
        ProjectTraceMapping inForce = store.save(hazards, 1);

        assertThatThrownBy(() -> store.save(hazards, 1)).isInstanceOfSatisfying(MappingRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(MappingRefusal.STALE_REVISION);
            assertThat(e.httpStatus()).isEqualTo(409);
            assertThat(e.getMessage()).contains("INF").contains("revision 2");
            assertThat(e.hint()).contains("Reload");
        });
        assertThatThrownBy(() -> store.save(hazards, 5)).isInstanceOf(MappingRefusedException.class);
        assertThat(store.current("INF")).contains(inForce);
    }
}
