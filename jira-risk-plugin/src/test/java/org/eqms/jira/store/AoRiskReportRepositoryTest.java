package org.eqms.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.List;
import org.eqms.compliance.Clause;
import org.eqms.jira.store.entity.ReportRow;
import org.eqms.risk.OverallResidualRiskEvaluation;
import org.eqms.risk.ReportMeaning;
import org.eqms.risk.ReportSignature;
import org.eqms.risk.ReportStatus;
import org.eqms.risk.ReportVersion;
import org.eqms.risk.RiskManagementReport;
import org.eqms.risk.RiskRefusal;
import org.eqms.risk.RiskRefusedException;
import org.eqms.risk.RiskSummary;
import org.eqms.store.ao.testing.ActiveObjectsTest;

/** {@link AoRiskReportRepository} on HSQLDB and (when configured) PostgreSQL. */
class AoRiskReportRepositoryTest {

    static RiskManagementReport report(String project, String rationale) {
        return new RiskManagementReport(project, 3, "a".repeat(64), new RiskSummary(4, 3, 1, 0, 0, 1, 0, 0),
                new OverallResidualRiskEvaluation("Expert panel", true, rationale, null, "IFU §7 " + StoreFixtures.AWKWARD,
                        "u-ada", StoreFixtures.NOW),
                "Complaints reviewed monthly", "u-ada", StoreFixtures.NOW, List.of());
    }

    private static RiskManagementReport signed(ReportVersion version, ReportMeaning meaning, String id) {
        return version.report().withSignature(new ReportSignature(meaning, id, version.report().contentHash()));
    }

    @ActiveObjectsTest
    @Clause("ISO14971-9")
    void everyConcludedReportIsKeptAndAnUnapprovedOneIsSupersededByTheNext(ActiveObjects ao) {
        AoRiskReportRepository reports = new AoRiskReportRepository(StoreFixtures.migrated(ao));
        assertThat(reports.latest("PUMP")).isEmpty();

        ReportVersion first = reports.conclude(report("PUMP", "First " + StoreFixtures.AWKWARD));
        assertThat(first.version()).isEqualTo(1);
        ReportVersion reviewed = reports.sign(first, signed(first, ReportMeaning.REVIEWED, "sig-1"));
        assertThat(reviewed.status()).isEqualTo(ReportStatus.REVIEWED);
        assertThat(reports.latest("PUMP").orElseThrow().report().signatures()).extracting(ReportSignature::meaning)
                .containsExactly(ReportMeaning.REVIEWED);

        ReportVersion second = reports.conclude(report("PUMP", "Second"));
        assertThat(second.version()).isEqualTo(2);
        List<ReportVersion> versions = reports.versions("PUMP");
        assertThat(versions).extracting(ReportVersion::status)
                .containsExactly(ReportStatus.SUPERSEDED, ReportStatus.CONCLUDED);
        assertThat(versions).allMatch(ReportVersion::isIntact);
        assertThat(versions.get(0).report().overallResidualRisk().rationale())
                .isEqualTo("First " + StoreFixtures.AWKWARD);
        assertThat(versions.get(0).storedContentHash()).isEqualTo(first.report().contentHash());
        assertThat(reports.versions("MON")).isEmpty();
        assertThat(ao.count(ReportRow.class)).isEqualTo(2);

        assertThatThrownBy(() -> reports.sign(versions.get(0), signed(versions.get(0), ReportMeaning.REVIEWED, "s")))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.REPORT_NOT_EDITABLE));
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    void anApprovedReportIsNeverChangedAndAStaleSignatureIsNotWritten(ActiveObjects ao) {
        AoRiskReportRepository reports = new AoRiskReportRepository(StoreFixtures.migrated(ao));
        ReportVersion concluded = reports.conclude(report("PUMP", "Acceptable"));
        ReportVersion reviewed = reports.sign(concluded, signed(concluded, ReportMeaning.REVIEWED, "sig-1"));
        // someone else signed from the same reading meanwhile: nothing is written
        assertThatThrownBy(() -> reports.sign(concluded, signed(concluded, ReportMeaning.REVIEWED, "sig-2")))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.REPORT_NOT_EDITABLE));
        ReportVersion approved = reports.sign(reviewed, signed(reviewed, ReportMeaning.APPROVED, "sig-3"));
        assertThat(approved.status()).isEqualTo(ReportStatus.APPROVED);

        assertThatThrownBy(() -> reports.sign(approved, signed(approved, ReportMeaning.REVIEWED, "sig-4")))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.REPORT_NOT_EDITABLE));
        ReportVersion next = reports.conclude(report("PUMP", "Later review"));
        assertThat(next.version()).isEqualTo(2);
        List<ReportVersion> versions = reports.versions("PUMP");
        assertThat(versions.get(0)).isEqualTo(reports.versions("PUMP").get(0));
        assertThat(versions.get(0).status()).isEqualTo(ReportStatus.APPROVED);
        assertThat(versions.get(0).report().signatures()).extracting(ReportSignature::signatureRecordId)
                .containsExactly("sig-1", "sig-3");
    }
}
