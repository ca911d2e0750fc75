package org.eqms.signature;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.store.ao.testing.TestSigningPorts;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LedgerKeyRotationTest {

    @ActiveObjectsTest
    @Clause("21CFR11.10(d)")
    void aKeyRotationNeedsASecondAdministratorAndIsAudited(ActiveObjects ao) {
        MutableClock clock = MutableClock.at("2026-11-23T06:00:00.000Z");
        AoLedger ledger = TestLedger.on(ao, clock);
        TestSigningPorts ports = TestSigningPorts.standard();
        LedgerKeyRotation rotation = ledger.signing(ports, ports, ports, ports, () -> SigningPolicy.DEFAULT, "eQMS").keyRotation();
        TestLedger.recordActions(ledger, 5);
        ledger.auditTrail().flush();
        String firstKid = ledger.keys().activeKey().kid();

        assertThatThrownBy(() -> rotation.request("u-bob", "yearly", "10.0.0.1"))
                .isInstanceOfSatisfying(SigningRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(SigningRefusal.NOT_ADMIN));
        assertThatThrownBy(() -> rotation.approve("u-ann", null))
                .isInstanceOfSatisfying(SigningRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(SigningRefusal.SECOND_ADMIN_REQUIRED));

        assertThatThrownBy(() -> rotation.request("u-ann", " ", "10.0.0.1"))
                .isInstanceOfSatisfying(SigningRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(SigningRefusal.REASON_REQUIRED));
        rotation.request("u-ann", "yearly rotation", "10.0.0.1");
        assertThatThrownBy(() -> rotation.approve("u-ann", "10.0.0.1"))
                .isInstanceOfSatisfying(SigningRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(SigningRefusal.SECOND_ADMIN_REQUIRED));
        assertThat(ledger.keys().activeKey().kid()).isEqualTo(firstKid);

        clock.advance(Duration.ofMinutes(5));
        String newKid = rotation.approve("u-adam", "10.0.0.2");

        assertThat(newKid).isNotEqualTo(firstKid);
        assertThat(ledger.keys().activeKey().kid()).isEqualTo(newKid);
        assertThat(ledger.keys().find(firstKid).orElseThrow().notAfter()).isEqualTo(clock.instant());
        String export = TestLedger.text(TestLedger.export(ledger));
        assertThat(export).contains("\"action\":\"ledger.key.rotation.requested\"")
                .contains("\"action\":\"ledger.key.rotated\"")
                .contains("\"activeKey\":{\"new\":\"" + newKid + "\",\"old\":\"" + firstKid + "\"}")
                .contains("\"requestedBy\":\"u-ann\"");
        assertThat(TestLedger.verifyFile(TestLedger.export(ledger)).valid()).isTrue();
    }
}
