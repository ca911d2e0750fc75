package org.eqms.jira.store;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.jira.store.entity.ProductionInfoRow;
import org.eqms.risk.InformationSource;
import org.eqms.risk.ProductionInformation;
import org.eqms.store.ao.testing.ActiveObjectsTest;

import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@link AoProductionInformationRepository} on HSQLDB and (when configured) PostgreSQL. */
class AoProductionInformationRepositoryTest {

    private static ProductionInformation information(String id, String... hazardIds) {
        return new ProductionInformation(id, InformationSource.ADVERSE_EVENT, StoreFixtures.AWKWARD, List.of(hazardIds),
                StoreFixtures.NOW);
    }

    @ActiveObjectsTest
    @Clause("ISO14971-10.2")
    void informationRoundTripsExactlyAndIsRecordedOnce(ActiveObjects ao) {
        AoProductionInformationRepository store = new AoProductionInformationRepository(StoreFixtures.migrated(ao));
        ProductionInformation event = information("MDR-7", "HZ-1", "HZ-2");
        store.add("PUMP", event);

        assertThat(store.find("PUMP", "MDR-7")).contains(event);
        assertThat(store.find("PUMP", "MDR-8")).isEmpty();
        assertThat(store.find("MON", "MDR-7")).isEmpty();
        assertThatThrownBy(() -> store.add("PUMP", information("MDR-7", "HZ-3")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.find("PUMP", "MDR-7")).contains(event);
        assertThat(ao.count(ProductionInfoRow.class)).isEqualTo(1);
        store.add("MON", information("MDR-7", "HZ-9"));
        assertThat(store.find("MON", "MDR-7").orElseThrow().hazardIds()).containsExactly("HZ-9");
    }

    @ActiveObjectsTest
    void pagesFollowTheOrderRecordedWithinTheProject(ActiveObjects ao) {
        AoProductionInformationRepository store = new AoProductionInformationRepository(StoreFixtures.migrated(ao));
        List<String> ids = List.of("CMP-9", "CMP-10", "CAPA-1", "CMP-2", "FA-1");
        ids.forEach(id -> store.add("PUMP", information(id, "HZ-1")));
        store.add("MON", information("CMP-1", "HZ-1"));

        assertThat(store.page("PUMP", 0, 100)).extracting(ProductionInformation::id).containsExactlyElementsOf(ids);
        assertThat(store.page("PUMP", 1, 2)).extracting(ProductionInformation::id).containsExactly("CMP-10", "CAPA-1");
        assertThat(store.page("PUMP", 5, 10)).isEmpty();
        assertThat(store.page("PUMP", Long.MAX_VALUE, 10)).isEmpty();
        assertThat(IntStream.range(0, 5).mapToObj(i -> store.page("PUMP", i, 1).get(0).id()).toList())
                .containsExactlyElementsOf(ids);
    }
}
