package org.eqms.jira.app;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.risk.PlanVersions;
import org.eqms.risk.RiskManagementPlan;
import org.eqms.risk.RiskPlanRepository;
import org.eqms.risk.RiskRefusal;
import org.eqms.risk.RiskRefusedException;
import org.eqms.risk.SignatureBinding;
import org.eqms.signature.ElectronicSignatures;
import org.eqms.signature.SignatureRecord;
import org.eqms.signature.SigningChallenge;
import org.eqms.signature.SigningRequest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The risk management plan's version control (ISO 14971 §4.4): the administrator writes a draft (the first version,
 * or the next one, which starts as a copy of the one in force), and a signature over the draft's content hash
 * approves it; the previous approved version is then superseded. Every save and approval is audited.
 */
public final class RiskPlanning {
    /** Object type of a signature approving a plan draft; id = project key. */
    public static final String OBJECT_TYPE = "eqms.risk-plan";
    public static final String DRAFT_SAVED = "risk.plan.draft.saved";
    public static final String APPROVED = "risk.plan.approved";

    private final RiskPlanRepository plans;
    private final ElectronicSignatures signatures;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Function<String, Actor> actors;

    public RiskPlanning(RiskPlanRepository plans, ElectronicSignatures signatures, AuditTrail audit,
                        Transactions transactions, Function<String, Actor> actors) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.signatures = Objects.requireNonNull(signatures, "signatures");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    /** Saves {@code content} as the draft: revises the open draft, or starts the next version with it. */
    public RiskManagementPlan saveDraft(String projectKey, RiskManagementPlan content, String actorKey, String clientIp) {
        PlanVersions versions = plans.load(projectKey);
        PlanVersions next = versions.draft().isPresent() ? versions : versions.startDraft(content);
        int version = next.draft().orElseThrow().version();
        next = next.reviseDraft(draft -> draft.withScope(content.scope(), content.lifecyclePhases())
                .withResponsibilities(content.responsibilities()).withPolicy(content.policy())
                .withActivities(content.verificationActivities(), content.overallResidualRiskCriteria(),
                        content.postProductionActivities()));
        RiskManagementPlan draft = next.draft().orElseThrow();
        PlanVersions saved = next;
        transactions.run(() -> {
            plans.save(saved);
            audit.record(actors.apply(actorKey), DRAFT_SAVED, plan(projectKey, version),
                    AuditData.empty().put("contentHash", draft.contentHash()).clientIp(clientIp));
        });
        audit.flush();
        return draft;
    }

    public SigningChallenge challenge(String userKey, String projectKey) {
        requireDraft(projectKey);
        return signatures.challenge(userKey, OBJECT_TYPE, projectKey, null);
    }

    /** Signs the draft's current content and approves it with that signature. */
    public RiskManagementPlan approve(String userKey, String projectKey, SigningRequest request) {
        requireDraft(projectKey);
        Optional<SigningChallenge> pending = signatures.pendingChallenge(request.challengeId());
        if (pending.isPresent() && !(pending.get().version().object().type().equals(OBJECT_TYPE)
                && pending.get().version().object().id().equals(projectKey))) {
            throw new RiskRefusedException(RiskRefusal.NO_DRAFT, "Challenge " + request.challengeId()
                    + " was not issued for the plan of project " + projectKey + ".",
                    "Request a signing challenge for this plan draft and sign again.");
        }
        SignatureRecord record = signatures.sign(userKey, request);
        PlanVersions approved = plans.load(projectKey)
                .approveDraft(new SignatureBinding(List.of(record.id()), record.contentHash()));
        RiskManagementPlan plan = approved.effective().orElseThrow();
        transactions.run(() -> {
            plans.save(approved);
            audit.record(actors.apply(userKey), APPROVED, plan(projectKey, plan.version()),
                    AuditData.empty().put("contentHash", plan.contentHash()).put("signatureId", record.id())
                            .clientIp(request.clientIp()));
        });
        audit.flush();
        return plan;
    }

    private RiskManagementPlan requireDraft(String projectKey) {
        return plans.load(projectKey).draft().orElseThrow(() -> new RiskRefusedException(RiskRefusal.NO_DRAFT,
                "There is no draft of the risk management plan of " + projectKey + " to approve.",
                "Save a draft of the plan first."));
    }

    private static AuditedObject plan(String projectKey, int version) {
        return new AuditedObject(OBJECT_TYPE, projectKey, version);
    }
}
