package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ISO 14971 §8 and §9: overall residual risk, the review, and the signed report. */
class RiskManagementReviewTest {

    private static final Instant NOW = Instant.parse("2026-11-23T06:01:02.345Z");
    private final RiskManagementReview review = new RiskManagementReview(Clock.fixed(NOW, ZoneOffset.UTC));

    private static RiskManagementPlan approvedPlan() {
        RiskManagementPlan p = RiskFixtures.plan();
        return PlanVersions.empty(RiskFixtures.PROJECT).startDraft(p)
                .approveDraft(new SignatureBinding(List.of("sig-plan"), p.contentHash())).effective().orElseThrow();
    }

    private static OverallResidualRiskEvaluation acceptableOverall() {
        return new OverallResidualRiskEvaluation("Expert panel per plan §5", true,
                "All residual risks acceptable; no significant cumulative effect", null, "IFU §9", "qa-lead", NOW);
    }

    private RiskManagementReport report() {
        return review.conclude(approvedPlan(), Stream.of(RiskFixtures.controlledAcceptableRisk(),
                        RiskFixtures.acceptableRisk("R-2")), Stream.empty(), acceptableOverall(),
                "Complaints and CAPA reviewed monthly", "qa-lead");
    }

    @Test
    @Clause("ISO14971-9")
    void theReviewConcludesAgainstTheApprovedPlanWithASummaryOfTheRisks() {
        RiskManagementReport report = report();
        assertThat(report.planVersion()).isEqualTo(1);
        assertThat(report.planContentHash()).isEqualTo(approvedPlan().contentHash());
        assertThat(report.summary()).isEqualTo(new RiskSummary(2, 2, 0, 0, 0, 0, 0, 0));
        assertThat(report.concludedAt()).isEqualTo(NOW);
        assertThat(report.canonicalJson()).contains("\"format\":\"eqms-risk-report/1\"",
                "\"concludedAt\":\"2026-11-23T06:01:02.345Z\"");
    }

    @Test
    @Clause("ISO14971-9")
    @Clause("21CFR11.70")
    void theReportHashIsStableAndSignaturesDoNotChangeIt() {
        RiskManagementReport report = report();
        assertThat(report.contentHash()).isEqualTo(report().contentHash()).matches("[0-9a-f]{64}");
        RiskManagementReport reviewed = report.withSignature(new ReportSignature(ReportMeaning.REVIEWED, "sig-r",
                report.contentHash()));
        RiskManagementReport approved = reviewed.withSignature(new ReportSignature(ReportMeaning.APPROVED, "sig-a",
                report.contentHash()));
        assertThat(approved.contentHash()).isEqualTo(report.contentHash());
        assertThat(approved.signedAs(ReportMeaning.APPROVED)).isTrue();
        assertThat(ReportMeaning.REVIEWED.label()).isEqualTo("Reviewed");
        assertThat(ReportMeaning.APPROVED.label()).isEqualTo("Approved");
    }

    @Test
    @Clause("ISO14971-9")
    void theReportSignaturesAreRefusedOutOfOrderOverOtherContentOrTwice() {
        RiskManagementReport report = report();
        String hash = report.contentHash();
        assertThatThrownBy(() -> report.withSignature(new ReportSignature(ReportMeaning.APPROVED, "s", hash)))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.SIGNATURE_ORDER));
        assertThatThrownBy(() -> report.withSignature(new ReportSignature(ReportMeaning.REVIEWED, "s",
                RiskFixtures.HEX))).isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.CONTENT_HASH_MISMATCH));
        RiskManagementReport reviewed = report.withSignature(new ReportSignature(ReportMeaning.REVIEWED, "s", hash));
        assertThatThrownBy(() -> reviewed.withSignature(new ReportSignature(ReportMeaning.APPROVED, "s", hash)))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.DUPLICATE_ID));
        assertThat(report.signatures()).isEmpty();
        assertThat(reviewed.signatures()).hasSize(1);
    }

    @Test
    @Clause("ISO14971-9")
    @Clause("ISO14971-7.6")
    void theReviewCannotConcludeWhileGapsAreOpen() {
        CompletenessGap gap = new CompletenessGap("R-1", null, GapReason.NO_CONTROL, "Risk R-1 has no control.");
        assertThatThrownBy(() -> review.conclude(approvedPlan(), Stream.empty(), Stream.of(gap), acceptableOverall(),
                "m", "qa-lead")).isInstanceOfSatisfying(RiskRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(RiskRefusal.OPEN_GAPS);
                    assertThat(e.getMessage()).contains("Risk R-1 has no control.");
                });
    }

    @ParameterizedTest
    @EnumSource(value = PlanStatus.class, names = {"DRAFT", "SUPERSEDED"})
    @Clause("ISO14971-9")
    void theReviewIsMadeOnlyAgainstTheApprovedPlanInForce(PlanStatus status) {
        RiskManagementPlan p = approvedPlan();
        RiskManagementPlan other = new RiskManagementPlan(p.projectKey(), 1, status, p.scope(), p.lifecyclePhases(),
                p.responsibilities(), p.policy(), "", "", "", status == PlanStatus.DRAFT ? null : p.signature());
        assertThatThrownBy(() -> review.conclude(other, Stream.empty(), Stream.empty(), acceptableOverall(), "m",
                "qa-lead")).isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.PLAN_NOT_APPROVED));
    }

    @Test
    @Clause("ISO14971-8")
    void anOverallResidualRiskJudgedNotAcceptableNeedsABenefitRiskReference() {
        assertThatThrownBy(() -> new OverallResidualRiskEvaluation("Panel", false, "Too high", " ", null, "qa",
                NOW)).isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.getMessage()).contains("§8"));
        assertThat(new OverallResidualRiskEvaluation("Panel", false, "High but outweighed", "PAGE-9", "IFU §9", "qa",
                NOW).acceptable()).isFalse();
    }
}
