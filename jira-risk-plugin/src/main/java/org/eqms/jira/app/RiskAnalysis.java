package org.eqms.jira.app;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.risk.BenefitRiskAnalysis;
import org.eqms.risk.ControlOption;
import org.eqms.risk.Harm;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardRepository;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.NewHazardsReview;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskControl;
import org.eqms.risk.RiskEstimate;
import org.eqms.risk.RiskRecord;
import org.eqms.risk.RiskRefusal;
import org.eqms.risk.RiskRefusedException;
import org.eqms.risk.RiskRepository;
import org.eqms.risk.VerificationLink;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Writing the risk analysis of a project (ISO 14971 §5–7): hazards, hazardous situations, risks with their initial
 * estimate under the policy in force, controls in the §7.1 option order, their verifications and new-hazard reviews
 * (§7.5), the residual estimate and, where it is not acceptable, the benefit-risk analysis (§7.4). Each change is one transaction with its audit entry (old and new estimate where one changes); every rule
 * of the domain is checked before anything is written.
 */
public final class RiskAnalysis {
    public static final String OBJECT_TYPE = "eqms.risk";
    public static final String HAZARD_SAVED = "risk.hazard.saved";
    public static final String SITUATION_SAVED = "risk.situation.saved";
    public static final String RISK_SAVED = "risk.saved";
    /** A hazard deleted with the Jira issue it was kept for (the Jira sync; never one with situations or risks). */
    public static final String HAZARD_DELETED = "risk.hazard.deleted";
    /** A hazardous situation deleted with its Jira issue (the Jira sync; never one with risks). */
    public static final String SITUATION_DELETED = "risk.situation.deleted";

    private final RiskRepository risks;
    private final HazardRepository hazards;
    private final Function<String, RiskAcceptabilityPolicy> policies;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Function<String, Actor> actors;

    public RiskAnalysis(RiskRepository risks, HazardRepository hazards, Function<String, RiskAcceptabilityPolicy> policies,
                        AuditTrail audit, Transactions transactions, Function<String, Actor> actors) {
        this.risks = Objects.requireNonNull(risks, "risks");
        this.hazards = Objects.requireNonNull(hazards, "hazards");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    public Hazard saveHazard(String projectKey, Hazard hazard, String actorKey, String clientIp) {
        return write(actorKey, HAZARD_SAVED, projectKey, hazard.id(), clientIp, () -> {
            hazards.saveHazard(projectKey, hazard);
            return hazard;
        });
    }

    public HazardousSituation saveSituation(String projectKey, HazardousSituation situation, String actorKey,
                                            String clientIp) {
        hazards.findHazard(projectKey, situation.hazardId()).orElseThrow(() -> missing("hazard", situation.hazardId()));
        return write(actorKey, SITUATION_SAVED, projectKey, situation.id(), clientIp, () -> {
            hazards.saveSituation(projectKey, situation);
            return situation;
        });
    }

    /** Creates the risk of a hazardous situation, or re-estimates its initial risk (P1, P2, severity). */
    public RiskRecord estimate(String projectKey, String riskId, String situationId, String harm, int p1, int p2,
                               int severity, String actorKey, String clientIp) {
        RiskEstimate estimate = RiskEstimate.qualitative(policies.apply(projectKey), p1, p2, severity);
        Optional<RiskRecord> existing = risks.find(projectKey, riskId);
        RiskRecord next = existing.map(r -> r.withInitialEstimate(estimate)).orElseGet(() -> {
            HazardousSituation situation = hazards.findSituation(projectKey, situationId)
                    .orElseThrow(() -> missing("hazardous situation", situationId));
            return RiskRecord.analysed(riskId, projectKey, situation, new Harm(harm), estimate);
        });
        return save(next, existing, actorKey, clientIp);
    }

    public RiskRecord addControl(String projectKey, String riskId, String controlId, String description,
                                 ControlOption option, String justification, String actorKey, String clientIp) {
        return change(projectKey, riskId, r -> r.withControl(RiskControl.of(controlId, description, option, justification)),
                actorKey, clientIp);
    }

    public RiskRecord addVerification(String projectKey, String riskId, String controlId, VerificationLink link,
                                      String actorKey, String clientIp) {
        return change(projectKey, riskId, r -> r.withVerification(controlId, link), actorKey, clientIp);
    }

    public RiskRecord estimateResidual(String projectKey, String riskId, int p1, int p2, int severity, String actorKey,
                                       String clientIp) {
        RiskEstimate estimate = RiskEstimate.qualitative(policies.apply(projectKey), p1, p2, severity);
        return change(projectKey, riskId, r -> r.withResidualEstimate(estimate), actorKey, clientIp);
    }

    /** ISO 14971 §7.5: the control was reviewed for new hazards it introduces (each then needs its own analysis). */
    public RiskRecord reviewNewHazards(String projectKey, String riskId, String controlId, NewHazardsReview review,
                                       String actorKey, String clientIp) {
        return change(projectKey, riskId, r -> r.withNewHazardsReview(controlId, review), actorKey, clientIp);
    }

    /** ISO 14971 §7.4: the benefit-risk analysis of a residual risk that is not acceptable. */
    public RiskRecord recordBenefitRisk(String projectKey, String riskId, BenefitRiskAnalysis analysis, String actorKey,
                                        String clientIp) {
        RiskAcceptabilityPolicy policy = policies.apply(projectKey);
        return change(projectKey, riskId, r -> r.withBenefitRisk(policy, analysis), actorKey, clientIp);
    }

    private RiskRecord change(String projectKey, String riskId, UnaryOperator<RiskRecord> edit, String actorKey,
                              String clientIp) {
        RiskRecord before = risks.find(projectKey, riskId).orElseThrow(() -> missing("risk", riskId));
        return save(edit.apply(before), Optional.of(before), actorKey, clientIp);
    }

    private RiskRecord save(RiskRecord next, Optional<RiskRecord> before, String actorKey, String clientIp) {
        transactions.run(() -> {
            risks.save(next);
            AuditData data = AuditData.empty()
                    .change("initial", before.map(r -> describe(r.initial())).orElse(null), describe(next.initial()))
                    .change("residual", before.map(r -> describe(r.residual())).orElse(null), describe(next.residual()))
                    .put("controls", next.controls().size()).clientIp(clientIp);
            audit.record(actors.apply(actorKey), RISK_SAVED, new AuditedObject(OBJECT_TYPE, next.projectKey() + "/"
                    + next.id(), null), data);
        });
        audit.flush();
        return next;
    }

    private <T> T write(String actorKey, String action, String projectKey, String id, String clientIp, Supplier<T> work) {
        T result = transactions.inTransaction(() -> {
            T written = work.get();
            audit.record(actors.apply(actorKey), action, AuditedObject.of(OBJECT_TYPE, projectKey + "/" + id),
                    AuditData.empty().clientIp(clientIp));
            return written;
        });
        audit.flush();
        return result;
    }

    private static String describe(RiskEstimate estimate) {
        return estimate == null ? null : "S" + estimate.severity() + " P" + estimate.probability().p();
    }

    private static RiskRefusedException missing(String what, String id) {
        return new RiskRefusedException(RiskRefusal.UNKNOWN_ID, "The " + what + " " + id
                + " does not exist in this project.", "Create it first, or check the id.");
    }
}
