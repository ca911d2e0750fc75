package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.audit.Checkpoint;
import org.eqms.audit.CheckpointPolicy;
import org.eqms.audit.EntryInclusionProof;
import org.eqms.audit.keys.LedgerPublicKey;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InclusionProofStoreTest {

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void everyEntryIsProvenAgainstItsSignedCheckpointAndAForgedHashIsNot(ActiveObjects ao) {
        MutableClock clock = MutableClock.at("2026-11-23T06:00:00.000Z");
        AoLedger ledger = TestLedger.on(ao, clock, new CheckpointPolicy(25, Duration.ofSeconds(60)));
        TestLedger.recordActions(ledger, 61);
        ledger.auditTrail().flush();
        Checkpoint last = ledger.sequencer().checkpointNow().orElseThrow();
        List<Checkpoint> checkpoints = new ArrayList<>();
        ledger.store().forEachCheckpoint(checkpoints::add);
        assertThat(checkpoints).extracting(Checkpoint::treeSize).containsExactly(25L, 50L, 61L);

        for (long seq = 0; seq < 61; seq++) {
            EntryInclusionProof proof = ledger.inclusionProofs().prove(seq);
            Checkpoint covering = checkpoints.stream().filter(c -> c.treeSize() == proof.treeSize()).findFirst().orElseThrow();
            LedgerPublicKey key = ledger.keys().find(covering.kid()).orElseThrow();
            assertThat(proof.provenBy(covering, key)).as("entry %d", seq).isTrue();
            assertThat(proof.treeSize()).isEqualTo(seq < 25 ? 25 : seq < 50 ? 50 : 61);
        }

        EntryInclusionProof genuine = ledger.inclusionProofs().prove(42, last);
        EntryInclusionProof forged = new EntryInclusionProof(42, "00".repeat(32), genuine.treeSize(), genuine.root(),
                genuine.path());
        EntryInclusionProof wrongIndex = new EntryInclusionProof(43, genuine.entryHash(), genuine.treeSize(),
                genuine.root(), genuine.path());
        assertThat(genuine.provenBy(last, ledger.keys().find(last.kid()).orElseThrow())).isTrue();
        assertThat(forged.leadsToRoot()).isFalse();
        assertThat(wrongIndex.leadsToRoot()).isFalse();
    }
}
