package org.eqms.risk;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One version of a project's risk management plan (ISO 14971 §4.4): scope and the life-cycle phases it covers (a),
 * assignment of responsibilities (b), requirements for review (part of {@code verificationActivities} and the §9
 * review), the risk acceptability policy (d), the method and criteria for the overall residual risk (e), the
 * verification activities (f), and the activities for production and post-production information (g).
 *
 * <p>Only a {@link PlanStatus#DRAFT} is editable; an approved version is immutable and is changed only by a new
 * version that supersedes it ({@link PlanVersions}). An approved or superseded version carries the
 * {@link SignatureBinding} of its approval, made over {@link #contentHash()}.
 */
public record RiskManagementPlan(String projectKey, int version, PlanStatus status, String scope,
                                 List<String> lifecyclePhases, List<Responsibility> responsibilities,
                                 RiskAcceptabilityPolicy policy, String verificationActivities,
                                 String overallResidualRiskCriteria, String postProductionActivities,
                                 SignatureBinding signature) {

    public RiskManagementPlan {
        Require.text(projectKey, "The project of the risk management plan", "Create the plan in a project.");
        if (version < 1) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "Plan versions start at 1, not " + version
                    + ".", "Number the first version 1.");
        }
        Require.present(status, "The status of plan version " + version, "Give DRAFT, APPROVED or SUPERSEDED.");
        Require.text(scope, "The scope of the risk management plan", "Describe the device and the life-cycle "
                + "phases the plan covers (§4.4 a).");
        lifecyclePhases = Require.texts(lifecyclePhases, "A life-cycle phase", "Name each life-cycle phase.");
        if (lifecyclePhases.isEmpty()) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "The plan names no life-cycle phase.",
                    "List the phases the plan applies to, e.g. Design, Production, Post-production (§4.4 a).");
        }
        responsibilities = Require.list(responsibilities);
        if (responsibilities.isEmpty()) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "The plan assigns no responsibility.",
                    "Assign at least the risk management responsibility and authority (§4.4 b).");
        }
        Require.present(policy, "The risk acceptability policy", "Configure the policy or use the default 5×5.");
        verificationActivities = verificationActivities == null ? "" : verificationActivities;
        overallResidualRiskCriteria = overallResidualRiskCriteria == null ? "" : overallResidualRiskCriteria;
        postProductionActivities = postProductionActivities == null ? "" : postProductionActivities;
        if ((status == PlanStatus.DRAFT) != (signature == null)) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, status == PlanStatus.DRAFT
                    ? "A draft plan carries no approval signature." : "Plan version " + version + " is "
                    + status.name().toLowerCase(Locale.ROOT) + " but carries no approval signature.",
                    "Approve plans through PlanVersions.approveDraft.");
        }
    }

    /** A first draft with the given essentials; the activity texts start empty. */
    public static RiskManagementPlan draft(String projectKey, int version, String scope, List<String> lifecyclePhases,
                                           List<Responsibility> responsibilities, RiskAcceptabilityPolicy policy) {
        return new RiskManagementPlan(projectKey, version, PlanStatus.DRAFT, scope, lifecyclePhases,
                responsibilities, policy, "", "", "", null);
    }

    /** The SHA-256 content hash an approval signature binds to ({@link PlanContentHash}). */
    public String contentHash() {
        return PlanContentHash.of(this);
    }

    /** The canonical JSON text that is hashed ({@link PlanContentHash}). */
    public String canonicalJson() {
        return PlanContentHash.canonicalJson(this);
    }

    /** Whether an approved (or superseded) version still has the content its signatures were made over. */
    public boolean isIntact() {
        return signature == null || signature.contentHash().equals(contentHash());
    }

    public RiskManagementPlan withScope(String newScope, List<String> newPhases) {
        requireDraft();
        return new RiskManagementPlan(projectKey, version, status, newScope, newPhases, responsibilities, policy,
                verificationActivities, overallResidualRiskCriteria, postProductionActivities, null);
    }

    public RiskManagementPlan withResponsibilities(List<Responsibility> newResponsibilities) {
        requireDraft();
        return new RiskManagementPlan(projectKey, version, status, scope, lifecyclePhases, newResponsibilities, policy,
                verificationActivities, overallResidualRiskCriteria, postProductionActivities, null);
    }

    public RiskManagementPlan withPolicy(RiskAcceptabilityPolicy newPolicy) {
        requireDraft();
        return new RiskManagementPlan(projectKey, version, status, scope, lifecyclePhases, responsibilities, newPolicy,
                verificationActivities, overallResidualRiskCriteria, postProductionActivities, null);
    }

    /** The administrator's edit of one acceptability matrix cell. */
    public RiskManagementPlan withPolicyCell(int severity, int probability, Acceptability value) {
        requireDraft();
        return withPolicy(policy.withCell(severity, probability, value));
    }

    public RiskManagementPlan withActivities(String verification, String overallResidualRisk, String postProduction) {
        requireDraft();
        return new RiskManagementPlan(projectKey, version, status, scope, lifecyclePhases, responsibilities, policy,
                verification, overallResidualRisk, postProduction, null);
    }

    RiskManagementPlan approved(SignatureBinding binding) {
        return new RiskManagementPlan(projectKey, version, PlanStatus.APPROVED, scope, lifecyclePhases,
                responsibilities, policy, verificationActivities, overallResidualRiskCriteria,
                postProductionActivities, Objects.requireNonNull(binding, "binding"));
    }

    RiskManagementPlan superseded() {
        return new RiskManagementPlan(projectKey, version, PlanStatus.SUPERSEDED, scope, lifecyclePhases,
                responsibilities, policy, verificationActivities, overallResidualRiskCriteria,
                postProductionActivities, signature);
    }

    RiskManagementPlan asDraftVersion(int newVersion) {
        return new RiskManagementPlan(projectKey, newVersion, PlanStatus.DRAFT, scope, lifecyclePhases,
                responsibilities, policy, verificationActivities, overallResidualRiskCriteria,
                postProductionActivities, null);
    }

    private void requireDraft() {
        if (status != PlanStatus.DRAFT) {
            throw new RiskRefusedException(RiskRefusal.PLAN_NOT_EDITABLE, "Version " + version + " of the risk "
                    + "management plan of " + projectKey + " is " + status.name().toLowerCase(Locale.ROOT)
                    + " and cannot be changed.", "Start a new version of the plan; it supersedes this one when "
                    + "approved.");
        }
    }
}
