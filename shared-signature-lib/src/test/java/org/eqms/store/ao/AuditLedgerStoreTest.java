package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.VerificationResult;
import org.eqms.audit.canonical.Sha256;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AuditLedgerStoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void recordedActionsAreChainedCheckpointedExportedAndVerify(ActiveObjects ao) throws Exception {
        MutableClock clock = MutableClock.at("2026-11-23T06:01:02.345Z");
        AoLedger ledger = TestLedger.on(ao, clock);
        TestLedger.recordActions(ledger, 2_345);

        assertThat(ledger.auditTrail().flush()).isEqualTo(2_345);
        assertThat(ledger.store().pendingCount()).isZero();
        assertThat(ledger.verifier().verify().valid()).isTrue();

        byte[] export = TestLedger.export(ledger);
        List<String> lines = TestLedger.text(export).lines().toList();
        assertThat(lines.get(0)).startsWith("{\"checkpointInterval\":1000,\"checkpoints\":3,\"entries\":2345,\"exportedAt\":\"2026-11-23T06:01:02.345Z\",\"format\":\"eqms-audit-export/1\"");
        JsonNode first = JSON.readTree(lines.get(1));
        assertThat(first.get("seq").asLong()).isZero();
        assertThat(first.get("prev").asText()).isEqualTo(Sha256.ZERO_HASH);
        List<JsonNode> checkpoints = lines.stream().map(this::parse).filter(l -> l.get("kind").asText().equals("checkpoint")).toList();
        assertThat(checkpoints).extracting(c -> c.get("treeSize").asLong()).containsExactly(1000L, 2000L, 2345L);
        // each checkpoint follows the entry it covers
        int secondCheckpoint = lines.indexOf(checkpoints.get(1).toString());
        assertThat(parse(lines.get(secondCheckpoint - 1)).get("seq").asLong()).isEqualTo(1999L);

        VerificationResult result = TestLedger.verifyFile(export);
        assertThat(result.valid()).as(result.message()).isTrue();
        assertThat(result.entries()).isEqualTo(2_345);
        assertThat(result.checkpoints()).isEqualTo(3);
    }

    @ActiveObjectsTest
    void aCheckpointIsWrittenOnceTheNewestIsSixtySecondsOld(ActiveObjects ao) {
        MutableClock clock = MutableClock.at("2026-11-23T06:00:00.000Z");
        AoLedger ledger = TestLedger.on(ao, clock);
        TestLedger.recordActions(ledger, 10);
        ledger.auditTrail().flush();
        assertThat(ledger.store().lastCheckpoint()).isEmpty();

        clock.advance(Duration.ofSeconds(59));
        assertThat(ledger.sequencer().checkpointIfDue()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(ledger.sequencer().checkpointIfDue()).isTrue();
        assertThat(ledger.store().lastCheckpoint().orElseThrow().checkpoint().treeSize()).isEqualTo(10);
    }

    @ActiveObjectsTest
    void aRecordRolledBackWithItsBusinessTransactionNeverReachesTheChain(ActiveObjects ao) {
        AoLedger ledger = TestLedger.on(ao, MutableClock.at("2026-11-23T06:00:00.000Z"));
        try {
            ledger.transactions().run(() -> {
                ledger.auditTrail().record(new Actor("u1", "User One"), "page.deleted", AuditedObject.of("page", "1"),
                        AuditData.empty());
                throw new IllegalStateException("business failure");
            });
        } catch (IllegalStateException expected) {
            // the business transaction failed
        }
        assertThat(ledger.auditTrail().flush()).isZero();
        assertThat(ledger.store().head()).isEmpty();
    }

    @ActiveObjectsTest
    void keyRotationKeepsOldSealsVerifiable(ActiveObjects ao) {
        MutableClock clock = MutableClock.at("2026-11-23T06:00:00.000Z");
        AoLedger ledger = TestLedger.on(ao, clock);
        TestLedger.recordActions(ledger, 1_500);
        ledger.auditTrail().flush();
        String oldKid = ledger.keys().activeKey().kid();
        clock.advance(Duration.ofMinutes(1));
        String newKid = ledger.rotateKey();
        TestLedger.recordActions(ledger, 700);
        ledger.auditTrail().flush();

        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(ledger.keys().publicKeys()).hasSize(2);
        assertThat(ledger.keys().find(oldKid).orElseThrow().notAfter()).isNotNull();
        byte[] export = TestLedger.export(ledger);
        assertThat(TestLedger.text(export)).contains("\"kid\":\"" + oldKid + "\"").contains("\"kid\":\"" + newKid + "\"");
        assertThat(TestLedger.verifyFile(export).valid()).isTrue();
        assertThat(ledger.verifier().verify().valid()).isTrue();
    }

    private JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
