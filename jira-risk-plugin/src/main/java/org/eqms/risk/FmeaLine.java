package org.eqms.risk;

import java.util.Comparator;

/**
 * One line of the FMEA view of a project's risks: the same item as the ISO 14971 register, rated S/O/D.
 *
 * @param riskId      the risk
 * @param hazardId    its hazard
 * @param situationId its hazardous situation (the failure mode's context)
 * @param harm        its harm (the effect)
 * @param rating      S, O, D
 * @param rpn         S × O × D
 * @param priority    the {@link FmeaActionPriority}
 */
public record FmeaLine(String riskId, String hazardId, String situationId, String harm, FmeaRating rating, int rpn,
                       ActionPriority priority) {

    /** The worklist order of the FMEA view: action priority HIGH first, then the higher RPN first. */
    public static final Comparator<FmeaLine> WORKLIST_ORDER = Comparator.comparing(FmeaLine::priority)
            .reversed().thenComparing(Comparator.comparingInt(FmeaLine::rpn).reversed());

    /** The line of a rated risk. */
    public static FmeaLine of(RiskRecord risk) {
        FmeaRating r = Require.present(risk.fmea(), "The FMEA rating of risk " + risk.id(), "Rate the risk.");
        return new FmeaLine(risk.id(), risk.hazardId(), risk.situationId(), risk.harm().description(), r, r.rpn(),
                r.actionPriority());
    }
}
