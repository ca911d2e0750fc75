package org.eqms.signature;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import static org.assertj.core.api.Assertions.assertThat;

/** A second audit entry that names an already sealed signature keeps the first seal and does not stop the ledger. */
class SealedOnceTest {

    @ActiveObjectsTest
    void aLaterEntryNamingASealedSignatureIsChainedAndTheFirstSealStands(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SignatureRecord signed = f.sign(SigningFixture.BOB, f.challenge(SigningFixture.BOB),
                Credentials.password("bob", "bob-pw"), null);
        assertThat(signed.sealed()).isTrue();

        f.ledger.auditTrail().record(new Actor(SigningFixture.BOB, "Bob"), "document.training.acknowledged",
                signed.object(), AuditData.empty(), signed.id());
        f.ledger.auditTrail().record(new Actor(SigningFixture.BOB, "Bob"), "document.viewed", signed.object(),
                AuditData.empty());
        assertThat(f.ledger.auditTrail().flush()).as("both entries chained").isEqualTo(2);

        SignatureRecord after = f.signing.signatures().find(signed.id()).orElseThrow();
        assertThat(after.entrySeq()).isEqualTo(signed.entrySeq());
        assertThat(after.sig()).isEqualTo(signed.sig());
        assertThat(TestLedger.verifyFile(TestLedger.export(f.ledger)).valid()).isTrue();
    }
}
