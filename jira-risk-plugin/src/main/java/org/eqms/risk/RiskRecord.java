package org.eqms.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One risk of a project: a (hazardous situation, harm) pair of the risk analysis (ISO 14971 §5), its initial
 * estimate (§5.5), the controls chosen for it (§7.1) with their verification (§7.2) and new-hazards review (§7.5),
 * its residual estimate (§7.3), its benefit-risk analysis where the residual risk is not acceptable (§7.4), an
 * optional FMEA rating, and the reasons it is flagged for re-evaluation by production and post-production
 * information (§10).
 *
 * <p>Immutable: every change returns a new record, and a refused change throws {@link RiskRefusedException} leaving
 * the caller's record as it was.
 *
 * @param id                   the risk's id (e.g. a Jira issue key); not blank
 * @param projectKey           the project; not blank
 * @param hazardId             the hazard; not blank
 * @param situationId          the hazardous situation; not blank
 * @param harm                 the harm
 * @param initial              the initial estimate, {@code null} while not yet estimated
 * @param controls             the risk controls, in the order they were added; ids distinct
 * @param residual             the residual estimate after the controls, {@code null} while not estimated
 * @param benefitRisk          the §7.4 benefit-risk analysis, or {@code null}
 * @param fmea                 the FMEA rating, or {@code null}
 * @param reevaluationReasons  why the risk must be re-evaluated (§10); empty when not flagged
 */
public record RiskRecord(String id, String projectKey, String hazardId, String situationId, Harm harm,
                         RiskEstimate initial, List<RiskControl> controls, RiskEstimate residual,
                         BenefitRiskAnalysis benefitRisk, FmeaRating fmea, List<String> reevaluationReasons) {

    public RiskRecord {
        Require.text(id, "The risk id", "Give the risk an id.");
        Require.text(projectKey, "The project of risk " + id, "Create the risk in a project.");
        Require.text(hazardId, "The hazard of risk " + id, "Link the risk to its hazard.");
        Require.text(situationId, "The hazardous situation of risk " + id, "Link the risk to its hazardous situation.");
        Require.present(harm, "The harm of risk " + id, "Describe the harm.");
        controls = Require.list(controls);
        for (int i = 0; i < controls.size(); i++) {
            for (int j = i + 1; j < controls.size(); j++) {
                if (controls.get(i).id().equals(controls.get(j).id())) {
                    throw duplicateControl(id, controls.get(i).id());
                }
            }
        }
        if (residual != null && controls.isEmpty()) {
            throw noControls(id);
        }
        reevaluationReasons = Require.texts(reevaluationReasons, "A re-evaluation reason", "Say why.");
    }

    /** A newly analysed risk: hazardous situation and harm, with its initial estimate ({@code null} if not yet). */
    public static RiskRecord analysed(String id, String projectKey, HazardousSituation situation, Harm harm,
                                      RiskEstimate initial) {
        Require.present(situation, "The hazardous situation of risk " + id, "Link the risk to its hazardous "
                + "situation.");
        return new RiskRecord(id, projectKey, situation.hazardId(), situation.id(), harm, initial, List.of(), null,
                null, null, List.of());
    }

    // ---------------------------------------------------------------- queries

    public Optional<RiskControl> control(String controlId) {
        return controls.stream().filter(c -> c.id().equals(controlId)).findFirst();
    }

    /** The estimate that stands now: the residual estimate if made, else the initial one (may be empty). */
    public Optional<RiskEstimate> currentEstimate() {
        return Optional.ofNullable(residual != null ? residual : initial);
    }

    /** §6 evaluation of the initial estimate. */
    public Optional<Acceptability> initialAcceptability(RiskAcceptabilityPolicy policy) {
        return Optional.ofNullable(initial).map(policy::evaluate);
    }

    /** §6/§7.3 evaluation of the estimate that stands now. */
    public Optional<Acceptability> currentAcceptability(RiskAcceptabilityPolicy policy) {
        return currentEstimate().map(policy::evaluate);
    }

    /** Whether §10 information flagged the risk for re-evaluation. */
    public boolean flaggedForReevaluation() {
        return !reevaluationReasons.isEmpty();
    }

    // ---------------------------------------------------------------- changes

    /** The (re-)estimated initial risk (§5.5). */
    public RiskRecord withInitialEstimate(RiskEstimate estimate) {
        Require.present(estimate, "The initial estimate of risk " + id, "Estimate P1, P2 and severity.");
        return new RiskRecord(id, projectKey, hazardId, situationId, harm, estimate, controls, residual, benefitRisk,
                fmea, reevaluationReasons);
    }

    /**
     * A control added (§7.1).
     *
     * @throws RiskRefusedException if the control id is taken or it skips a higher option without justification
     */
    public RiskRecord withControl(RiskControl control) {
        Require.present(control, "The control", "Describe the control measure.");
        if (control(control.id()).isPresent()) {
            throw duplicateControl(id, control.id());
        }
        ControlOptionOrder.require(id, controls, control);
        List<RiskControl> next = new ArrayList<>(controls);
        next.add(control);
        return new RiskRecord(id, projectKey, hazardId, situationId, harm, initial, next, residual, benefitRisk, fmea,
                reevaluationReasons);
    }

    /** A verification link added to a control, or its status updated (§7.2). */
    public RiskRecord withVerification(String controlId, VerificationLink link) {
        return replaceControl(requireControl(controlId).withVerification(link));
    }

    /** The controlled documents implementing a control, replaced. */
    public RiskRecord withControlDocuments(String controlId, List<String> documentReferences) {
        return replaceControl(requireControl(controlId).withDocumentReferences(documentReferences));
    }

    /** The §7.5 review of a control recorded. */
    public RiskRecord withNewHazardsReview(String controlId, NewHazardsReview review) {
        return replaceControl(requireControl(controlId).withNewHazardsReview(review));
    }

    /**
     * The residual risk estimated after the controls (§7.3).
     *
     * @throws RiskRefusedException if no control has been recorded
     */
    public RiskRecord withResidualEstimate(RiskEstimate estimate) {
        Require.present(estimate, "The residual estimate of risk " + id, "Estimate P1, P2 and severity with the "
                + "controls in place.");
        if (controls.isEmpty()) {
            throw noControls(id);
        }
        return new RiskRecord(id, projectKey, hazardId, situationId, harm, initial, controls, estimate, benefitRisk,
                fmea, reevaluationReasons);
    }

    /**
     * The §7.4 benefit-risk analysis recorded.
     *
     * @throws RiskRefusedException if the risk as it stands is acceptable (or not estimated): no analysis is needed
     */
    public RiskRecord withBenefitRisk(RiskAcceptabilityPolicy policy, BenefitRiskAnalysis analysis) {
        Require.present(analysis, "The benefit-risk analysis", "Record the analysis.");
        if (!BenefitRiskRequirement.applies(this, policy)) {
            throw new RiskRefusedException(RiskRefusal.BENEFIT_RISK_NOT_NEEDED, "Risk " + id + " is "
                    + currentAcceptability(policy).map(a -> a.name().toLowerCase(Locale.ROOT)).orElse("not estimated")
                    + "; a benefit-risk analysis is recorded only for a residual risk that is not acceptable "
                    + "(ISO 14971 §7.4).", "An acceptable risk needs no benefit-risk analysis; estimate the "
                    + "risk first if it is not estimated.");
        }
        return new RiskRecord(id, projectKey, hazardId, situationId, harm, initial, controls, residual, analysis,
                fmea, reevaluationReasons);
    }

    /** The FMEA rating recorded (second method over the same item). */
    public RiskRecord withFmea(FmeaRating rating) {
        Require.present(rating, "The FMEA rating", "Rate severity, occurrence and detection 1-10.");
        return new RiskRecord(id, projectKey, hazardId, situationId, harm, initial, controls, residual, benefitRisk,
                rating, reevaluationReasons);
    }

    /** Flagged for re-evaluation (§10) with a reason; a reason already recorded is not repeated. */
    public RiskRecord flagForReevaluation(String reason) {
        Require.text(reason, "The reason for re-evaluation", "Say which information triggers it.");
        if (reevaluationReasons.contains(reason)) {
            return this;
        }
        List<String> next = new ArrayList<>(reevaluationReasons);
        next.add(reason);
        return new RiskRecord(id, projectKey, hazardId, situationId, harm, initial, controls, residual, benefitRisk,
                fmea, next);
    }

    /**
     * The re-evaluation done: the flags cleared, with the estimates as re-evaluated.
     *
     * @throws RiskRefusedException if the risk was not flagged
     */
    public RiskRecord reevaluated() {
        if (!flaggedForReevaluation()) {
            throw new RiskRefusedException(RiskRefusal.NOT_FLAGGED, "Risk " + id + " is not flagged for "
                    + "re-evaluation.", "Nothing to do.");
        }
        return new RiskRecord(id, projectKey, hazardId, situationId, harm, initial, controls, residual, benefitRisk,
                fmea, List.of());
    }

    private RiskControl requireControl(String controlId) {
        return control(controlId).orElseThrow(() -> new RiskRefusedException(RiskRefusal.UNKNOWN_ID, "Risk " + id
                + " has no control '" + controlId + "'.", "Choose one of the risk's controls."));
    }

    private RiskRecord replaceControl(RiskControl changed) {
        List<RiskControl> next = new ArrayList<>(controls);
        next.replaceAll(c -> c.id().equals(changed.id()) ? changed : c);
        return new RiskRecord(id, projectKey, hazardId, situationId, harm, initial, next, residual, benefitRisk, fmea,
                reevaluationReasons);
    }

    private static RiskRefusedException duplicateControl(String riskId, String controlId) {
        return new RiskRefusedException(RiskRefusal.DUPLICATE_ID, "Risk " + riskId + " already has a control '"
                + controlId + "'.", "Give the new control another id.");
    }

    private static RiskRefusedException noControls(String riskId) {
        return new RiskRefusedException(RiskRefusal.NO_CONTROLS_YET, "Risk " + riskId + " has no risk control yet; "
                + "the residual risk is the risk remaining after controls (ISO 14971 §7.3).",
                "Record the control measures first.");
    }
}
