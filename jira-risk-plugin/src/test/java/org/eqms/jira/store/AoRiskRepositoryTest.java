package org.eqms.jira.store;

import org.eqms.store.ao.UniqueKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.compliance.Clause;
import org.eqms.jira.store.entity.RiskRow;
import org.eqms.risk.RiskRecord;
import org.eqms.store.ao.SqlStates;
import org.eqms.store.ao.testing.ActiveObjectsTest;

/** {@link AoRiskRepository} on HSQLDB and (when configured) PostgreSQL. */
class AoRiskRepositoryTest {

    private static List<RiskRecord> all(Stream<RiskRecord> stream) {
        try (stream) {
            return stream.toList();
        }
    }

    @ActiveObjectsTest
    @Clause("ISO14971-4.5")
    void aRiskWithEveryPartRoundTripsAndIsReplacedBySavingAgain(ActiveObjects ao) {
        AoRiskRepository risks = new AoRiskRepository(StoreFixtures.migrated(ao));
        RiskRecord rich = StoreFixtures.richRisk("PUMP", "R-1", "HZ-1", "HS-1");
        risks.save(StoreFixtures.bareRisk("PUMP", "R-1", "HZ-0", "HS-0"));
        risks.save(rich);

        assertThat(risks.find("PUMP", "R-1")).contains(rich);
        assertThat(risks.find("PUMP", "R-2")).isEmpty();
        assertThat(ao.count(RiskRow.class)).isEqualTo(1);
        assertThat(risks.anyForHazard("PUMP", "HZ-1")).isTrue();
        assertThat(risks.anyForHazard("PUMP", "HZ-0")).isFalse();
        assertThat(risks.anyForSituation("PUMP", "HS-1")).isTrue();
        assertThat(risks.anyForSituation("PUMP", "HS-0")).isFalse();
    }

    @ActiveObjectsTest
    void streamsPageThroughRisksInIdOrderAndByHazard(ActiveObjects ao) {
        AoRiskRepository risks = new AoRiskRepository(StoreFixtures.migrated(ao));
        int n = Pages.SIZE + 37;
        // saved in reverse; ids zero-padded so that their order is the same under every collation
        for (int i = n - 1; i >= 0; i--) {
            risks.save(StoreFixtures.bareRisk("PUMP", String.format("R-%04d", i), i % 2 == 0 ? "HZ-EVEN" : "HZ-ODD",
                    "HS-" + i));
        }
        risks.save(StoreFixtures.bareRisk("OTHER", "R-0001", "HZ-EVEN", "HS-1"));

        List<RiskRecord> streamed = all(risks.stream("PUMP"));
        assertThat(streamed).extracting(RiskRecord::id)
                .containsExactlyElementsOf(IntStream.range(0, n).mapToObj(i -> String.format("R-%04d", i)).toList());
        assertThat(all(risks.streamByHazard("PUMP", "HZ-EVEN"))).hasSize((n + 1) / 2)
                .allMatch(r -> r.hazardId().equals("HZ-EVEN") && r.projectKey().equals("PUMP"));
        assertThat(all(risks.stream("NONE"))).isEmpty();
    }

    @ActiveObjectsTest
    void projectsAreIsolated(ActiveObjects ao) {
        AoRiskRepository risks = new AoRiskRepository(StoreFixtures.migrated(ao));
        RiskRecord pump = StoreFixtures.richRisk("PUMP", "R-1", "HZ-1", "HS-1");
        RiskRecord monitor = StoreFixtures.bareRisk("MON", "R-1", "HZ-2", "HS-2");
        risks.save(pump);
        risks.save(monitor);

        assertThat(risks.find("PUMP", "R-1")).contains(pump);
        assertThat(risks.find("MON", "R-1")).contains(monitor);
        assertThat(all(risks.stream("MON"))).containsExactly(monitor);
        assertThat(risks.anyForHazard("MON", "HZ-1")).isFalse();
        assertThat(risks.anyForSituation("PUMP", "HS-2")).isFalse();
    }

    @ActiveObjectsTest
    void theDatabaseItselfRefusesASecondRowForARisk(ActiveObjects ao) {
        AoRiskRepository risks = new AoRiskRepository(StoreFixtures.migrated(ao));
        risks.save(StoreFixtures.bareRisk("PUMP", "R-1", "HZ-1", "HS-1"));

        assertThatThrownBy(() -> ao.create(RiskRow.class, Map.of(RiskRow.PROJECT_KEY, "PUMP", RiskRow.RISK_ID, "R-1",
                RiskRow.PROJECT_RISK, UniqueKeys.of("PUMP", "R-1"), RiskRow.HAZARD_ID, "H", RiskRow.SITUATION_ID, "S",
                RiskRow.RECORD_JSON, "{}")))
                .matches(SqlStates::uniqueViolation, "a unique violation");
    }

    @ActiveObjectsTest
    void aStoredRiskThatIsNotAValidRecordOrNamesAnotherRiskIsAClearError(ActiveObjects ao) {
        AoRiskRepository risks = new AoRiskRepository(StoreFixtures.migrated(ao));
        risks.save(StoreFixtures.bareRisk("PUMP", "R-1", "HZ-1", "HS-1"));
        risks.save(StoreFixtures.bareRisk("PUMP", "R-2", "HZ-1", "HS-1"));
        RiskRow[] rows = ao.find(RiskRow.class, Query.select().order("ID ASC"));
        rows[0].setRecordJson("{\"format\":\"eqms-jira/risk-record/1\",\"record\":{\"id\":\"R-1\"}}");
        rows[0].save();
        rows[1].setRecordJson(StoredCodecs.RISK_RECORD.write(StoreFixtures.bareRisk("PUMP", "R-9", "HZ-1", "HS-1")));
        rows[1].save();

        assertThatThrownBy(() -> risks.find("PUMP", "R-1")).isInstanceOf(StoredDataException.class)
                .hasMessageContaining("risk R-1 of project PUMP");
        assertThatThrownBy(() -> risks.find("PUMP", "R-2")).isInstanceOf(StoredDataException.class)
                .hasMessageContaining("holds risk R-9");
        assertThatThrownBy(() -> all(risks.stream("PUMP"))).isInstanceOf(StoredDataException.class);
    }

    @ActiveObjectsTest
    void aSaveJoinsTheCallersTransaction(ActiveObjects ao) {
        AoRiskRepository risks = new AoRiskRepository(StoreFixtures.migrated(ao));

        assertThatThrownBy(() -> ao.executeInTransaction(() -> {
            risks.save(StoreFixtures.bareRisk("PUMP", "R-1", "HZ-1", "HS-1"));
            throw new IllegalStateException("the audit record could not be written");
        })).hasMessageContaining("audit record");

        assertThat(risks.find("PUMP", "R-1")).isEmpty();
    }
}
