package org.eqms.risk;

import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The risk management review (ISO 14971 §9): before commercial release, the review confirms the plan has been
 * appropriately implemented, the overall residual risk is acceptable, and methods for production and
 * post-production information are in place. It concludes only against an approved plan, with no open §7.6 gap, and
 * with an overall residual risk evaluation (§8); its result is a {@link RiskManagementReport} to be signed.
 */
public final class RiskManagementReview {

    /** How many gaps a refusal message lists. */
    static final int GAPS_SHOWN = 5;

    private final Clock clock;

    public RiskManagementReview(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Conclude the review.
     *
     * @param plan       the approved plan version in force
     * @param risks      the project's risks (consumed)
     * @param gaps       the project's §7.6 gaps (consumed)
     * @throws RiskRefusedException if the plan is not approved, a gap is open, or a text is missing; nothing is made
     */
    public RiskManagementReport conclude(RiskManagementPlan plan, Stream<RiskRecord> risks,
                                         Stream<CompletenessGap> gaps, OverallResidualRiskEvaluation overall,
                                         String productionInformationMethods, String reviewerKey) {
        Require.present(plan, "The risk management plan", "Approve a risk management plan first.");
        if (plan.status() != PlanStatus.APPROVED || !plan.isIntact()) {
            throw new RiskRefusedException(RiskRefusal.PLAN_NOT_APPROVED, "Version " + plan.version()
                    + " of the risk management plan is " + plan.status().name().toLowerCase(Locale.ROOT)
                    + (plan.isIntact() ? "" : " and does not match its signatures")
                    + "; the review is made against the approved plan in force.",
                    "Review against the approved plan version.");
        }
        Require.present(overall, "The overall residual risk evaluation", "Evaluate the overall residual risk (§8).");
        List<CompletenessGap> open = gaps.limit(GAPS_SHOWN + 1L).toList();
        if (!open.isEmpty()) {
            throw new RiskRefusedException(RiskRefusal.OPEN_GAPS, "The risk management review cannot conclude: "
                    + "risk control is not complete (ISO 14971 §7.6): "
                    + open.stream().limit(GAPS_SHOWN).map(CompletenessGap::detail).collect(Collectors.joining(" "))
                    + (open.size() > GAPS_SHOWN ? " …" : ""), "Close the gaps listed by the completeness check.");
        }
        RiskSummary summary = RiskSummary.empty();
        for (Iterator<RiskRecord> it = risks.iterator(); it.hasNext(); ) {
            summary = summary.plus(it.next(), plan.policy());
        }
        return new RiskManagementReport(plan.projectKey(), plan.version(), plan.contentHash(), summary, overall,
                productionInformationMethods, reviewerKey, clock.instant(), List.of());
    }
}
