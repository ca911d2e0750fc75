package org.eqms.confluence.store;

import org.eqms.store.ao.StoredInstant;
import java.time.Instant;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.confluence.store.entity.IntegrityAlertRow;
import org.eqms.store.ao.testing.ActiveObjectsTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AoIntegrityAlertsTest {
    private static final Instant AT = Instant.parse("2026-11-23T08:00:00.123456789Z");

    @ActiveObjectsTest
    @Clause("21CFR11.10(c)")
    void anAlertIsRaisedOncePerDocumentRevisionAndKind(ActiveObjects ao) {
        AoIntegrityAlerts alerts = new AoIntegrityAlerts(StoreFixtures.migrated(ao));

        assertThat(alerts.raiseOnce("doc-1", "A", "HISTORICAL_VERSION_MISSING", AT)).isTrue();
        assertThat(alerts.raiseOnce("doc-1", "A", "HISTORICAL_VERSION_MISSING", AT.plusSeconds(5))).isFalse();
        assertThat(alerts.raiseOnce("doc-1", "A", "HISTORICAL_VERSION_ALTERED", AT)).isTrue();
        assertThat(alerts.raiseOnce("doc-1", "B", "HISTORICAL_VERSION_MISSING", AT)).isTrue();
        assertThat(alerts.raiseOnce("doc-2", "A", "HISTORICAL_VERSION_MISSING", AT)).isTrue();
        // parts are escaped in the key: ("doc/1","A") is not ("doc","1/A")
        assertThat(alerts.raiseOnce("doc/1", "A", "K", AT)).isTrue();
        assertThat(alerts.raiseOnce("doc", "1/A", "K", AT)).isTrue();

        assertThat(ao.count(IntegrityAlertRow.class)).isEqualTo(6);
        IntegrityAlertRow first = ao.find(IntegrityAlertRow.class, IntegrityAlertRow.ALERT_KEY + " = ?",
                "doc-1/A/HISTORICAL_VERSION_MISSING")[0];
        assertThat(first.getDocumentId()).isEqualTo("doc-1");
        assertThat(first.getRevLabel()).isEqualTo("A");
        assertThat(first.getAlertKind()).isEqualTo("HISTORICAL_VERSION_MISSING");
        assertThat(StoredInstant.parse(first.getRaisedAt())).isEqualTo(AT);
    }

    @ActiveObjectsTest
    void blankPartsAreRefusedAndNothingIsWritten(ActiveObjects ao) {
        AoIntegrityAlerts alerts = new AoIntegrityAlerts(StoreFixtures.migrated(ao));

        assertThatThrownBy(() -> alerts.raiseOnce(" ", "A", "K", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> alerts.raiseOnce("doc", null, "K", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> alerts.raiseOnce("doc", "A", "", AT)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ao.count(IntegrityAlertRow.class)).isZero();
    }
}
