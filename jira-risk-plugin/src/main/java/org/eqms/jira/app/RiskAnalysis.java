package org.eqms.jira.app;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.audit.canonical.Rfc3339;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.eqms.jira.documents.ControlledDocumentDirectory;
import org.eqms.risk.BenefitRiskAnalysis;
import org.eqms.risk.ControlOption;
import org.eqms.risk.FmeaLine;
import org.eqms.risk.FmeaRating;
import org.eqms.risk.Harm;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardRepository;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.NewHazardsReview;
import org.eqms.risk.PostProductionReevaluation;
import org.eqms.risk.ProductionInformation;
import org.eqms.risk.ProductionInformationRepository;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskControl;
import org.eqms.risk.RiskEstimate;
import org.eqms.risk.RiskRecord;
import org.eqms.risk.RiskRefusal;
import org.eqms.risk.RiskRefusedException;
import org.eqms.risk.RiskRegister;
import org.eqms.risk.RiskRepository;
import org.eqms.risk.VerificationLink;
import org.eqms.trace.NaturalKeyOrder;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The risk analysis of a project (ISO 14971 §5–7): hazards, hazardous situations, risks with their initial
 * estimate under the policy in force, controls in the §7.1 option order, their verifications and new-hazard reviews
 * (§7.5), the residual estimate and, where it is not acceptable, the benefit-risk analysis (§7.4), and the FMEA
 * rating of the same risks as a second method. Each change is one transaction with its audit entry (old and new
 * values where one changes); every rule of the domain is checked before anything is written. Reads come a page at a
 * time in the order people expect (natural id order; the FMEA worklist order).
 */
public final class RiskAnalysis {
    public static final String OBJECT_TYPE = "eqms.risk";
    public static final String HAZARD_SAVED = "risk.hazard.saved";
    public static final String SITUATION_SAVED = "risk.situation.saved";
    public static final String RISK_SAVED = "risk.saved";
    public static final String FMEA_RATED = "risk.fmea.rated";
    public static final String INFORMATION_TYPE = "eqms.risk.production-information";
    public static final String INFORMATION_RECORDED = "risk.production-information.recorded";
    public static final String REEVALUATION_FLAGGED = "risk.reevaluation.flagged";
    public static final String REEVALUATED = "risk.reevaluated";
    /** A hazard deleted with the Jira issue it was kept for (the Jira sync; never one with situations or risks). */
    public static final String HAZARD_DELETED = "risk.hazard.deleted";
    /** A hazardous situation deleted with its Jira issue (the Jira sync; never one with risks). */
    public static final String SITUATION_DELETED = "risk.situation.deleted";

    /** Hazards and risks by id as people read them: {@code H-2} before {@code H-10}. */
    private static final Comparator<String> IDS = NaturalKeyOrder.INSTANCE;

    private final Clock clock;
    private final RiskRepository risks;
    private final HazardRepository hazards;
    private final ProductionInformationRepository information;
    private final ControlledDocumentDirectory documents;
    private final Function<String, RiskAcceptabilityPolicy> policies;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Function<String, Actor> actors;

    public RiskAnalysis(RiskRepository risks, HazardRepository hazards, ProductionInformationRepository information,
                        ControlledDocumentDirectory documents, Function<String, RiskAcceptabilityPolicy> policies,
                        AuditTrail audit, Transactions transactions, Function<String, Actor> actors, Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.risks = Objects.requireNonNull(risks, "risks");
        this.hazards = Objects.requireNonNull(hazards, "hazards");
        this.information = Objects.requireNonNull(information, "information");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    // ---------------------------------------------------------------- reads

    /** A hazard of the page with its hazardous situations (in natural id order). */
    public record HazardEntry(Hazard hazard, List<HazardousSituation> situations) {
    }

    /** Hazards {@code offset} to {@code offset + limit} in natural id order, with their situations (one more read). */
    public List<HazardEntry> hazards(String projectKey, long offset, int limit) {
        List<Hazard> page = OrderedPage.of(hazards.hazards(projectKey), Comparator.comparing(Hazard::id, IDS), offset,
                limit);
        Map<String, List<HazardousSituation>> byHazard = new LinkedHashMap<>();
        page.forEach(h -> byHazard.put(h.id(), new java.util.ArrayList<>()));
        try (Stream<HazardousSituation> situations = hazards.situationsOf(projectKey, byHazard.keySet())) {
            situations.forEach(s -> byHazard.get(s.hazardId()).add(s));
        }
        return page.stream().map(h -> new HazardEntry(h, byHazard.get(h.id()).stream()
                .sorted(Comparator.comparing(HazardousSituation::id, IDS)).toList())).toList();
    }

    /** The risk, or a refusal ({@code unknown_id}, 404) when the project has no such risk. */
    public RiskRecord risk(String projectKey, String riskId) {
        return risks.find(projectKey, riskId).orElseThrow(() -> missing("risk", riskId));
    }

    /** Lines {@code offset} to {@code offset + limit} of the FMEA worklist: HIGH priority first, then higher RPN. */
    public List<FmeaLine> fmea(String projectKey, long offset, int limit) {
        return OrderedPage.of(new RiskRegister(risks, hazards).fmea(projectKey),
                FmeaLine.WORKLIST_ORDER.thenComparing(FmeaLine::riskId, IDS), offset, limit);
    }

    /** Production and post-production information {@code offset} to {@code offset + limit}, in the order recorded. */
    public List<ProductionInformation> productionInformation(String projectKey, long offset, int limit) {
        return information.page(projectKey, offset, limit);
    }

    /**
     * The controlled document a control references, when the directory knows it. A directory that fails counts as
     * not knowing it: a reference is shown unresolved rather than the risk not shown at all.
     */
    public Optional<ControlledDocumentDirectory.ControlledDocument> document(String documentNumber) {
        try {
            return documents.find(documentNumber);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    // ---------------------------------------------------------------- changes

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

    /** A control added (§7.1), with the numbers of the controlled documents that implement it (may be empty). */
    public RiskRecord addControl(String projectKey, String riskId, String controlId, String description,
                                 ControlOption option, String justification, List<String> documentReferences,
                                 String actorKey, String clientIp) {
        RiskControl control = RiskControl.of(controlId, description, option, justification, documentReferences);
        return change(projectKey, riskId, r -> r.withControl(control), RISK_SAVED, (before, next) ->
                estimates(before, next).put("controlId", controlId)
                        .put("documentReferences", texts(control.documentReferences())), actorKey, clientIp);
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
    /** The controlled documents implementing a control, replaced by {@code documentReferences} (audited old/new). */
    public RiskRecord referenceDocuments(String projectKey, String riskId, String controlId,
                                         List<String> documentReferences, String actorKey, String clientIp) {
        return change(projectKey, riskId, r -> r.withControlDocuments(controlId, documentReferences), RISK_SAVED,
                (before, next) -> estimates(before, next).put("controlId", controlId).change("documentReferences",
                        references(before.orElseThrow(), controlId), references(next, controlId)), actorKey, clientIp);
    }

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

    /** The FMEA rating (S, O, D) of the risk recorded; audited with the old and new rating. */
    public RiskRecord rateFmea(String projectKey, String riskId, FmeaRating rating, String actorKey, String clientIp) {
        return change(projectKey, riskId, r -> r.withFmea(rating), FMEA_RATED, (before, next) -> AuditData.empty()
                .change("fmea", before.map(r -> describe(r.fmea())).orElse(null), describe(next.fmea())), actorKey,
                clientIp);
    }

    /**
     * ISO 14971 §10.3/§10.4: records production or post-production information and flags every risk of its hazards
     * for re-evaluation, in one transaction with one audit entry for the information and one per flagged risk.
     *
     * @return the risks flagged
     * @throws RiskRefusedException if the id is taken (409) or a hazard is not in the project (404): nothing is written
     */
    public List<RiskRecord> recordProductionInformation(String projectKey, ProductionInformation received,
                                                        String actorKey, String clientIp) {
        if (received.receivedAt().isAfter(clock.instant())) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "Information " + received.id()
                    + " is dated " + Rfc3339.format(received.receivedAt()) + ", later than now.",
                    "Give the date and time it was received.");
        }
        if (information.find(projectKey, received.id()).isPresent()) {
            throw new RiskRefusedException(RiskRefusal.DUPLICATE_ID, "Information " + received.id()
                    + " is already recorded in this project.", "Information is recorded once; give new information "
                    + "its own id.");
        }
        List<String> unknown = received.hazardIds().stream()
                .filter(h -> hazards.findHazard(projectKey, h).isEmpty()).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new RiskRefusedException(RiskRefusal.UNKNOWN_ID, "The hazards " + String.join(", ", unknown)
                    + " do not exist in this project.", "Link the information to hazards of the project; if it "
                    + "reveals a new hazard, add the hazard first.");
        }
        Actor actor = actors.apply(actorKey);
        List<RiskRecord> flagged = transactions.inTransaction(() -> {
            information.add(projectKey, received);
            List<RiskRecord> risksFlagged = new PostProductionReevaluation(risks).record(projectKey, received);
            audit.record(actor, INFORMATION_RECORDED, AuditedObject.of(INFORMATION_TYPE, projectKey + "/"
                    + received.id()), AuditData.empty().put("source", received.source().name())
                    .put("summary", received.summary()).put("hazardIds", texts(received.hazardIds()))
                    .put("receivedAt", Rfc3339.format(received.receivedAt()))
                    .put("flaggedRiskIds", texts(risksFlagged.stream().map(RiskRecord::id).toList()))
                    .clientIp(clientIp));
            for (RiskRecord risk : risksFlagged) {
                audit.record(actor, REEVALUATION_FLAGGED, riskObject(risk), AuditData.empty()
                        .put("informationId", received.id()).reason(received.reason()).clientIp(clientIp));
            }
            return risksFlagged;
        });
        audit.flush();
        return flagged;
    }

    /**
     * ISO 14971 §10.4: the flagged risk was re-evaluated (its estimates as they now stand); the flags are cleared.
     *
     * @throws RiskRefusedException if the risk is not flagged (409)
     */
    public RiskRecord reevaluated(String projectKey, String riskId, String rationale, String actorKey,
                                  String clientIp) {
        return change(projectKey, riskId, RiskRecord::reevaluated, REEVALUATED, (before, next) -> AuditData.empty()
                .put("clearedReasons", texts(before.map(RiskRecord::reevaluationReasons).orElse(List.of())))
                .reason(rationale), actorKey, clientIp);
    }

    private static String references(RiskRecord risk, String controlId) {
        return String.join(" ", risk.control(controlId).orElseThrow().documentReferences());
    }

    private static ArrayNode texts(List<String> values) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private RiskRecord change(String projectKey, String riskId, UnaryOperator<RiskRecord> edit, String actorKey,
                              String clientIp) {
        return change(projectKey, riskId, edit, RISK_SAVED, RiskAnalysis::estimates, actorKey, clientIp);
    }

    private RiskRecord change(String projectKey, String riskId, UnaryOperator<RiskRecord> edit, String action,
                              BiFunction<Optional<RiskRecord>, RiskRecord, AuditData> data, String actorKey,
                              String clientIp) {
        RiskRecord before = risk(projectKey, riskId);
        return save(edit.apply(before), Optional.of(before), action, data, actorKey, clientIp);
    }

    private RiskRecord save(RiskRecord next, Optional<RiskRecord> before, String actorKey, String clientIp) {
        return save(next, before, RISK_SAVED, RiskAnalysis::estimates, actorKey, clientIp);
    }

    private RiskRecord save(RiskRecord next, Optional<RiskRecord> before, String action,
                            BiFunction<Optional<RiskRecord>, RiskRecord, AuditData> data, String actorKey,
                            String clientIp) {
        transactions.run(() -> {
            risks.save(next);
            audit.record(actors.apply(actorKey), action, riskObject(next), data.apply(before, next).clientIp(clientIp));
        });
        audit.flush();
        return next;
    }

    private static AuditedObject riskObject(RiskRecord risk) {
        return new AuditedObject(OBJECT_TYPE, risk.projectKey() + "/" + risk.id(), null);
    }

    private static AuditData estimates(Optional<RiskRecord> before, RiskRecord next) {
        return AuditData.empty()
                .change("initial", before.map(r -> describe(r.initial())).orElse(null), describe(next.initial()))
                .change("residual", before.map(r -> describe(r.residual())).orElse(null), describe(next.residual()))
                .put("controls", next.controls().size());
    }

    private static String describe(FmeaRating rating) {
        return rating == null ? null : "S" + rating.severity() + " O" + rating.occurrence() + " D" + rating.detection();
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
