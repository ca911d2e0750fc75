package org.eqms.jira.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.jira.store.entity.PlanVersionRow;
import org.eqms.risk.PlanStatus;
import org.eqms.risk.PlanVersions;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.RiskRefusal;
import org.eqms.risk.RiskRefusedException;
import org.eqms.risk.SignatureBinding;
import org.eqms.store.ao.testing.ActiveObjectsTest;

/** {@link AoRiskPlanRepository} on HSQLDB and (when configured) PostgreSQL. */
class AoRiskPlanRepositoryTest {

    private static PlanVersions approve(PlanVersions versions, String signature) {
        return versions.approveDraft(new SignatureBinding(List.of(signature),
                versions.draft().orElseThrow().contentHash()));
    }

    private static RiskManagementPlan withStatus(RiskManagementPlan p, PlanStatus status, String scope) {
        return new RiskManagementPlan(p.projectKey(), p.version(), status, scope, p.lifecyclePhases(),
                p.responsibilities(), p.policy(), p.verificationActivities(), p.overallResidualRiskCriteria(),
                p.postProductionActivities(), p.signature());
    }

    @ActiveObjectsTest
    @Clause("ISO14971-4.4")
    void thePlanHistoryRoundTripsThroughDraftApprovalAndSupersession(ActiveObjects ao) {
        AoRiskPlanRepository plans = new AoRiskPlanRepository(StoreFixtures.migrated(ao));
        assertThat(plans.load("PUMP")).isEqualTo(PlanVersions.empty("PUMP"));

        PlanVersions draft = PlanVersions.empty("PUMP").startDraft(StoreFixtures.draftPlan("PUMP"));
        plans.save(draft);
        assertThat(plans.load("PUMP")).isEqualTo(draft);

        PlanVersions edited = draft.reviseDraft(p -> p.withActivities("Edited", "Panel", "Monthly"));
        plans.save(edited);
        PlanVersions approved = approve(edited, "sig-1");
        plans.save(approved);
        PlanVersions second = approved.startDraft(null).reviseDraft(p -> p.withScope("Wider scope", List.of("All")));
        plans.save(second);
        PlanVersions superseding = approve(second, "sig-2");
        plans.save(superseding);

        PlanVersions loaded = plans.load("PUMP");
        assertThat(loaded).isEqualTo(superseding);
        assertThat(loaded.versions()).extracting(RiskManagementPlan::status)
                .containsExactly(PlanStatus.SUPERSEDED, PlanStatus.APPROVED);
        assertThat(loaded.versions()).allMatch(RiskManagementPlan::isIntact);
        assertThat(ao.count(PlanVersionRow.class)).isEqualTo(2);
        assertThat(plans.load("MON")).isEqualTo(PlanVersions.empty("MON"));
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    void theSignedContentOfAnApprovedVersionIsNeverChangedAndNothingIsWritten(ActiveObjects ao) {
        AoRiskPlanRepository plans = new AoRiskPlanRepository(StoreFixtures.migrated(ao));
        PlanVersions approved = approve(PlanVersions.empty("PUMP").startDraft(StoreFixtures.draftPlan("PUMP")), "s");
        plans.save(approved);
        RiskManagementPlan v1 = approved.versions().get(0);

        PlanVersions tampered = new PlanVersions("PUMP", List.of(withStatus(v1, PlanStatus.APPROVED, "Tampered")));
        assertThatThrownBy(() -> plans.save(tampered)).isInstanceOfSatisfying(RiskRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.PLAN_NOT_EDITABLE));
        // superseded with a changed scope is refused too, as is a history that drops the approved version
        PlanVersions next = approved.startDraft(null);
        List<RiskManagementPlan> changed = new ArrayList<>(approve(next, "t").versions());
        changed.set(0, withStatus(changed.get(0), PlanStatus.SUPERSEDED, "Rewritten"));
        assertThatThrownBy(() -> plans.save(new PlanVersions("PUMP", changed)))
                .isInstanceOf(RiskRefusedException.class);
        assertThatThrownBy(() -> plans.save(PlanVersions.empty("PUMP")))
                .isInstanceOfSatisfying(RiskRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(RiskRefusal.INCONSISTENT_PLAN_HISTORY));

        assertThat(plans.load("PUMP")).isEqualTo(approved);
    }

    @ActiveObjectsTest
    void aStaleDraftEditCannotOverwriteAnApprovalMadeMeanwhile(ActiveObjects ao) {
        AoRiskPlanRepository plans = new AoRiskPlanRepository(StoreFixtures.migrated(ao));
        PlanVersions draft = PlanVersions.empty("PUMP").startDraft(StoreFixtures.draftPlan("PUMP"));
        plans.save(draft);
        // two users loaded the draft; one approves it, the other then saves an edit of the draft it loaded
        plans.save(approve(draft, "sig-1"));

        PlanVersions staleEdit = draft.reviseDraft(p -> p.withActivities("Stale", "", ""));
        assertThatThrownBy(() -> plans.save(staleEdit)).isInstanceOf(RiskRefusedException.class);

        assertThat(plans.load("PUMP").effective()).isPresent();
    }
}
