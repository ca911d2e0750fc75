package org.eqms.jira.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.IntendedUse;
import org.eqms.store.ao.testing.ActiveObjectsTest;

/** {@link AoHazardRepository} on HSQLDB and (when configured) PostgreSQL. */
class AoHazardRepositoryTest {

    private static <T> List<T> all(Stream<T> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    @ActiveObjectsTest
    void theIntendedUseRoundTripsAndIsReplaced(ActiveObjects ao) {
        AoHazardRepository store = new AoHazardRepository(StoreFixtures.migrated(ao));
        assertThat(store.intendedUse("PUMP")).isEmpty();

        store.saveIntendedUse("PUMP", new IntendedUse("First", List.of(), List.of()));
        store.saveIntendedUse("PUMP", StoreFixtures.intendedUse());
        store.saveIntendedUse("MON", new IntendedUse("Monitoring", List.of("x"), List.of()));

        assertThat(store.intendedUse("PUMP")).contains(StoreFixtures.intendedUse());
        assertThat(store.intendedUse("MON").orElseThrow().intendedUse()).isEqualTo("Monitoring");
    }

    @ActiveObjectsTest
    void hazardsRoundTripInIdOrderAndAreReplaced(ActiveObjects ao) {
        AoHazardRepository store = new AoHazardRepository(StoreFixtures.migrated(ao));
        Hazard second = StoreFixtures.hazard("HZ-2");
        Hazard first = new Hazard("HZ-1", HazardCategory.OPERATIONAL, "Wrong dose", "", null);
        store.saveHazard("PUMP", second);
        store.saveHazard("PUMP", new Hazard("HZ-1", HazardCategory.ENERGY, "Old", "old text", "C.1"));
        store.saveHazard("PUMP", first);
        store.saveHazard("MON", StoreFixtures.hazard("HZ-1"));

        assertThat(store.findHazard("PUMP", "HZ-1")).contains(first);
        assertThat(store.findHazard("PUMP", "HZ-2")).contains(second);
        assertThat(store.findHazard("PUMP", "HZ-3")).isEmpty();
        assertThat(all(store.hazards("PUMP"))).containsExactly(first, second);
        assertThat(all(store.hazards("MON"))).containsExactly(StoreFixtures.hazard("HZ-1"));
    }

    @ActiveObjectsTest
    void hazardousSituationsRoundTripInIdOrderAndAreReplaced(ActiveObjects ao) {
        AoHazardRepository store = new AoHazardRepository(StoreFixtures.migrated(ao));
        HazardousSituation b = StoreFixtures.situation("HS-B", "HZ-1");
        HazardousSituation a = new HazardousSituation("HS-A", "HZ-2", List.of("One event"), "Exposure");
        store.saveSituation("PUMP", b);
        store.saveSituation("PUMP", StoreFixtures.situation("HS-A", "HZ-1"));
        store.saveSituation("PUMP", a);

        assertThat(store.findSituation("PUMP", "HS-A")).contains(a);
        assertThat(store.findSituation("MON", "HS-A")).isEmpty();
        assertThat(all(store.situations("PUMP"))).containsExactly(a, b);
        assertThat(all(store.situations("MON"))).isEmpty();
    }

    @ActiveObjectsTest
    void theSituationsOfManyHazardsAreReadInSlicesOfTheProjectOnly(ActiveObjects ao) {
        AoHazardRepository store = new AoHazardRepository(StoreFixtures.migrated(ao));
        int hazards = AoHazardRepository.IN_SLICE + 5;
        for (int i = 0; i < hazards; i++) {
            store.saveSituation("PUMP", new HazardousSituation("HS-" + i, "HZ-" + i, List.of("Event"), "Exposure"));
        }
        store.saveSituation("PUMP", new HazardousSituation("HS-X", "HZ-OTHER", List.of("Event"), "Exposure"));
        store.saveSituation("MON", new HazardousSituation("HS-0", "HZ-0", List.of("Event"), "Elsewhere"));

        List<String> asked = new java.util.ArrayList<>();
        for (int i = 0; i < hazards; i++) {
            asked.add("HZ-" + i);
        }
        asked.add("HZ-0");
        List<HazardousSituation> found = all(store.situationsOf("PUMP", asked));
        assertThat(found).hasSize(hazards).allMatch(s -> s.description().equals("Exposure"))
                .extracting(HazardousSituation::hazardId).doesNotContain("HZ-OTHER").doesNotHaveDuplicates();
        assertThat(all(store.situationsOf("PUMP", List.of()))).isEmpty();
    }

    @ActiveObjectsTest
    void aHazardAndASituationAreDeletedByIdInTheirProjectOnly(ActiveObjects ao) {
        AoHazardRepository store = new AoHazardRepository(StoreFixtures.migrated(ao));
        store.saveHazard("PUMP", StoreFixtures.hazard("HZ-1"));
        store.saveHazard("OTHER", StoreFixtures.hazard("HZ-1"));
        store.saveSituation("PUMP", StoreFixtures.situation("HS-1", "HZ-1"));
        store.saveSituation("OTHER", StoreFixtures.situation("HS-1", "HZ-1"));

        assertThat(store.anySituationOf("PUMP", "HZ-1")).isTrue();
        assertThat(store.anySituationOf("PUMP", "HZ-2")).isFalse();
        store.deleteSituation("PUMP", "HS-1");
        assertThat(store.anySituationOf("PUMP", "HZ-1")).isFalse();
        store.deleteHazard("PUMP", "HZ-1");
        store.deleteHazard("PUMP", "HZ-404");

        assertThat(store.findHazard("PUMP", "HZ-1")).isEmpty();
        assertThat(store.findSituation("PUMP", "HS-1")).isEmpty();
        assertThat(store.findHazard("OTHER", "HZ-1")).isPresent();
        assertThat(store.findSituation("OTHER", "HS-1")).isPresent();
        assertThat(store.anySituationOf("OTHER", "HZ-1")).isTrue();
    }
}
