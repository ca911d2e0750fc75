package org.eqms.sal;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.signature.SigningPolicy;
import org.eqms.signature.SigningPolicyAdministration;
import org.eqms.signature.SigningRefusal;
import org.eqms.signature.SigningRefusedException;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.store.ao.testing.TestSigningPorts;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SigningPolicyAdministrationTest {

    @Test
    void aStoredPolicyIsReadBackAndMissingSettingsFallBackToTheDefault() {
        MapPluginSettings settings = new MapPluginSettings();
        PluginSettingsSigningPolicyStore store = new PluginSettingsSigningPolicyStore(settings);
        assertThat(store.load()).isEqualTo(SigningPolicy.DEFAULT);

        SigningPolicy custom = new SigningPolicy(List.of("Approved", "Released"), true, 3, Duration.ofMinutes(10),
                Duration.ofMinutes(2), Duration.ofMinutes(15), 500);
        store.save(custom);

        assertThat(new PluginSettingsSigningPolicyStore(settings).load()).isEqualTo(custom);
        assertThat(settings.values.get(PluginSettingsSigningPolicyStore.MEANINGS)).isEqualTo(List.of("Approved", "Released"));
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    @Clause("EU-GMP-Annex11-12.4")
    void anAdministratorsPolicyChangeIsSavedAndAuditedWithOldAndNewValues(ActiveObjects ao) {
        AoLedger ledger = TestLedger.on(ao, MutableClock.at("2026-11-23T06:00:00.000Z"));
        TestSigningPorts ports = TestSigningPorts.standard();
        MapPluginSettings settings = new MapPluginSettings();
        SigningPolicyAdministration admin = new SigningPolicyAdministration(new PluginSettingsSigningPolicyStore(settings),
                ports, ledger.auditTrail(), ledger.transactions());

        admin.change("u-ann", SigningPolicy.DEFAULT.withAlwaysBothComponents(true), "inspection finding 4", "10.1.1.1");

        assertThat(admin.current().alwaysBothComponents()).isTrue();
        String export = TestLedger.text(TestLedger.export(ledger));
        assertThat(export).contains("\"action\":\"esign.policy.changed\"")
                .contains("\"alwaysBothComponents\":{\"new\":\"true\",\"old\":\"false\"}")
                .contains("\"reason\":\"inspection finding 4\"");
    }

    @ActiveObjectsTest
    void nonAdministratorsAndInvalidPoliciesAreRefusedAndChangeNothing(ActiveObjects ao) {
        AoLedger ledger = TestLedger.on(ao, MutableClock.at("2026-11-23T06:00:00.000Z"));
        TestSigningPorts ports = TestSigningPorts.standard();
        MapPluginSettings settings = new MapPluginSettings();
        SigningPolicyAdministration admin = new SigningPolicyAdministration(new PluginSettingsSigningPolicyStore(settings),
                ports, ledger.auditTrail(), ledger.transactions());

        assertThatThrownBy(() -> admin.change("u-bob", SigningPolicy.DEFAULT.withAlwaysBothComponents(true), "x", null))
                .isInstanceOfSatisfying(SigningRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(SigningRefusal.NOT_ADMIN));
        assertThatThrownBy(() -> admin.change("u-ann", SigningPolicy.DEFAULT.withChallengeTtl(Duration.ofDays(2)), "x", null))
                .isInstanceOfSatisfying(SigningRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(SigningRefusal.INVALID_POLICY));
        assertThatThrownBy(() -> admin.change("u-ann", new SigningPolicy(List.of("Approved", "Approved"), false, 5,
                Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofMinutes(30), 1000), "x", null))
                .isInstanceOfSatisfying(SigningRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("different"));

        assertThat(settings.values).isEmpty();
        assertThat(ledger.auditTrail().flush()).isZero();
        assertThat(ledger.store().head()).isEmpty();
    }
}
