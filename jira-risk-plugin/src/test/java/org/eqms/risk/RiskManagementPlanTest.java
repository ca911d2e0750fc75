package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.risk.RiskFixtures.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ISO 14971 §4.4: the plan — its content, canonical form and hash, and its version control. */
@Clause("ISO14971-4.4")
class RiskManagementPlanTest {

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    @Clause("21CFR11.70")
    void theContentHashIsTheSha256OfTheHandWrittenCanonicalJson() throws Exception {
        RiskManagementPlan small = RiskManagementPlan.draft("P", 2, "Scope", List.of("Design"),
                List.of(new Responsibility("RM", "u1", "All")), new RiskAcceptabilityPolicy(
                        new SeverityScale(List.of("Low", "High")),
                        new ProbabilityScale(List.of(new ProbabilityBand("Rare", 0), new ProbabilityBand("Often", 1000))),
                        AcceptabilityMatrix.uniform(2, 2, Acceptability.ACCEPTABLE)
                                .withCell(2, 2, Acceptability.UNACCEPTABLE)));
        String canonical = "{\"format\":\"eqms-risk-plan/1\",\"lifecyclePhases\":[\"Design\"],"
                + "\"overallResidualRiskCriteria\":\"\",\"policy\":{\"matrix\":[[\"ACCEPTABLE\",\"ACCEPTABLE\"],"
                + "[\"ACCEPTABLE\",\"UNACCEPTABLE\"]],\"probabilityScale\":[{\"lowerBoundPpb\":0,\"name\":\"Rare\"},"
                + "{\"lowerBoundPpb\":1000,\"name\":\"Often\"}],\"severityScale\":[\"Low\",\"High\"]},"
                + "\"postProductionActivities\":\"\",\"projectKey\":\"P\",\"responsibilities\":[{\"assignee\":\"u1\","
                + "\"duty\":\"All\",\"role\":\"RM\"}],\"scope\":\"Scope\",\"verificationActivities\":\"\","
                + "\"version\":2}";
        assertThat(small.canonicalJson()).isEqualTo(canonical);
        assertThat(small.contentHash()).isEqualTo(sha256Hex(canonical)).matches("[0-9a-f]{64}");
    }

    @Test
    @Clause("21CFR11.70")
    void theSamePlanAlwaysHasTheSameHashAndApprovalDoesNotChangeIt() {
        RiskManagementPlan a = plan();
        RiskManagementPlan b = plan();
        assertThat(a.contentHash()).isEqualTo(b.contentHash());
        PlanVersions approved = PlanVersions.empty(RiskFixtures.PROJECT).startDraft(a)
                .approveDraft(new SignatureBinding(List.of("sig-1"), a.contentHash()));
        assertThat(approved.effective().orElseThrow().contentHash()).isEqualTo(a.contentHash());
    }

    static Stream<Arguments> edits() {
        return Stream.of(
                Arguments.of("scope", (UnaryOperator<RiskManagementPlan>) p -> p.withScope("Other scope",
                        p.lifecyclePhases())),
                Arguments.of("phase order", (UnaryOperator<RiskManagementPlan>) p -> p.withScope(p.scope(),
                        List.of("Production", "Design", "Post-production"))),
                Arguments.of("responsibility", (UnaryOperator<RiskManagementPlan>) p -> p.withResponsibilities(
                        List.of(new Responsibility("Risk manager", "asmith", "Maintains the risk file")))),
                Arguments.of("matrix cell", (UnaryOperator<RiskManagementPlan>) p -> p.withPolicyCell(3, 4,
                        Acceptability.UNACCEPTABLE)),
                Arguments.of("severity level name", (UnaryOperator<RiskManagementPlan>) p -> p.withPolicy(
                        new RiskAcceptabilityPolicy(new SeverityScale(List.of("Negligible", "Minor", "Serious",
                                "Critical", "Fatal")), p.policy().probabilityScale(), p.policy().matrix()))),
                Arguments.of("post-production activities", (UnaryOperator<RiskManagementPlan>) p ->
                        p.withActivities(p.verificationActivities(), p.overallResidualRiskCriteria(), "Weekly")));
    }

    @ParameterizedTest(name = "changing the {0}")
    @MethodSource("edits")
    @Clause("21CFR11.70")
    void changingAnyFieldChangesTheHash(String what, UnaryOperator<RiskManagementPlan> edit) {
        assertThat(edit.apply(plan()).contentHash()).isNotEqualTo(plan().contentHash());
    }

    @Test
    void anApprovedVersionIsImmutableAndANewVersionSupersedesIt() {
        RiskManagementPlan first = plan();
        PlanVersions v1 = PlanVersions.empty(RiskFixtures.PROJECT).startDraft(first)
                .approveDraft(new SignatureBinding(List.of("sig-1", "sig-2"), first.contentHash()));
        RiskManagementPlan approved = v1.effective().orElseThrow();
        assertThat(approved.status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(approved.signature().signatureRecordIds()).containsExactly("sig-1", "sig-2");
        assertThat(approved.isIntact()).isTrue();
        assertThatThrownBy(() -> approved.withPolicyCell(1, 1, Acceptability.UNACCEPTABLE))
                .isInstanceOfSatisfying(RiskRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(RiskRefusal.PLAN_NOT_EDITABLE);
                    assertThat(e.hint()).contains("new version");
                });

        PlanVersions v2draft = v1.startDraft(null).reviseDraft(p -> p.withPolicyCell(3, 4, Acceptability.UNACCEPTABLE));
        RiskManagementPlan draft = v2draft.draft().orElseThrow();
        assertThat(draft.version()).isEqualTo(2);
        assertThat(v2draft.effective()).contains(approved);

        PlanVersions v2 = v2draft.approveDraft(new SignatureBinding(List.of("sig-3"), draft.contentHash()));
        assertThat(v2.versions()).extracting(RiskManagementPlan::status)
                .containsExactly(PlanStatus.SUPERSEDED, PlanStatus.APPROVED);
        assertThat(v2.effective().orElseThrow().version()).isEqualTo(2);
        assertThat(v2.versions().get(0).contentHash()).isEqualTo(approved.contentHash());
        assertThat(v2.versions().get(0).signature()).isEqualTo(approved.signature());
    }

    static Stream<Arguments> refusals() {
        RiskManagementPlan first = plan();
        PlanVersions empty = PlanVersions.empty(RiskFixtures.PROJECT);
        PlanVersions drafted = empty.startDraft(first);
        PlanVersions approved = drafted.approveDraft(new SignatureBinding(List.of("s"), first.contentHash()));
        return Stream.of(
                Arguments.of("second draft", drafted, (UnaryOperator<PlanVersions>) v -> v.startDraft(first),
                        RiskRefusal.DRAFT_EXISTS),
                Arguments.of("approve without draft", approved, (UnaryOperator<PlanVersions>) v ->
                        v.approveDraft(new SignatureBinding(List.of("s2"), first.contentHash())), RiskRefusal.NO_DRAFT),
                Arguments.of("edit without draft", approved, (UnaryOperator<PlanVersions>) v ->
                        v.reviseDraft(p -> p), RiskRefusal.NO_DRAFT),
                Arguments.of("signed over other content", drafted, (UnaryOperator<PlanVersions>) v ->
                        v.approveDraft(new SignatureBinding(List.of("s"), RiskFixtures.HEX)),
                        RiskRefusal.CONTENT_HASH_MISMATCH),
                Arguments.of("signed before the last edit", drafted, (UnaryOperator<PlanVersions>) v ->
                        v.reviseDraft(p -> p.withScope("Changed", p.lifecyclePhases()))
                                .approveDraft(new SignatureBinding(List.of("s"), first.contentHash())),
                        RiskRefusal.CONTENT_HASH_MISMATCH),
                Arguments.of("no first content", empty, (UnaryOperator<PlanVersions>) v -> v.startDraft(null),
                        RiskRefusal.MISSING_VALUE),
                Arguments.of("edit that bumps the version", drafted, (UnaryOperator<PlanVersions>) v ->
                        v.reviseDraft(p -> RiskManagementPlan.draft(p.projectKey(), 7, p.scope(), p.lifecyclePhases(),
                                p.responsibilities(), p.policy())), RiskRefusal.INCONSISTENT_PLAN_HISTORY));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusals")
    void aRefusedPlanStepChangesNothing(String why, PlanVersions before, UnaryOperator<PlanVersions> step,
                                        RiskRefusal refusal) {
        List<RiskManagementPlan> snapshot = List.copyOf(before.versions());
        assertThatThrownBy(() -> step.apply(before)).isInstanceOfSatisfying(RiskRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(refusal);
            assertThat(e.hint()).isNotBlank();
        });
        assertThat(before.versions()).isEqualTo(snapshot);
    }

    static Stream<Arguments> invalidPlans() {
        RiskAcceptabilityPolicy policy = RiskAcceptabilityPolicy.defaults();
        List<Responsibility> rm = List.of(new Responsibility("RM", "u", "d"));
        return Stream.of(
                Arguments.of("blank scope", (Runnable) () -> RiskManagementPlan.draft("P", 1, " ", List.of("D"), rm,
                        policy)),
                Arguments.of("no phase", (Runnable) () -> RiskManagementPlan.draft("P", 1, "S", List.of(), rm,
                        policy)),
                Arguments.of("no responsibility", (Runnable) () -> RiskManagementPlan.draft("P", 1, "S",
                        List.of("D"), List.of(), policy)),
                Arguments.of("no policy", (Runnable) () -> RiskManagementPlan.draft("P", 1, "S", List.of("D"), rm,
                        null)),
                Arguments.of("version 0", (Runnable) () -> RiskManagementPlan.draft("P", 0, "S", List.of("D"), rm,
                        policy)),
                Arguments.of("approved without signature", (Runnable) () -> new RiskManagementPlan("P", 1,
                        PlanStatus.APPROVED, "S", List.of("D"), rm, policy, "", "", "", null)),
                Arguments.of("signature without record", (Runnable) () -> new SignatureBinding(List.of(),
                        RiskFixtures.HEX)),
                Arguments.of("signature over a non-hash", (Runnable) () -> new SignatureBinding(List.of("s"),
                        "ABC")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidPlans")
    void anIncompletePlanIsRefused(String why, Runnable build) {
        assertThatThrownBy(build::run).isInstanceOfSatisfying(RiskRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(RiskRefusal.MISSING_VALUE);
            assertThat(e.hint()).isNotBlank();
        });
    }

    @Test
    void aPlanWhoseContentNoLongerMatchesItsSignaturesIsNotIntact() {
        RiskManagementPlan p = plan();
        RiskManagementPlan tampered = new RiskManagementPlan(p.projectKey(), 1, PlanStatus.APPROVED, "Tampered",
                p.lifecyclePhases(), p.responsibilities(), p.policy(), "", "", "",
                new SignatureBinding(List.of("s"), p.contentHash()));
        assertThat(tampered.isIntact()).isFalse();
    }
}
