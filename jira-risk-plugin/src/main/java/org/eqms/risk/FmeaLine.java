package org.eqms.risk;

/**
 * One line of the FMEA view of a project's risks: the same item as the ISO 14971 register, rated S/O/D.
 *
 * @param riskId   the risk
 * @param hazardId its hazard
 * @param harm     its harm (the effect)
 * @param rating   S, O, D
 * @param rpn      S × O × D
 * @param priority the {@link FmeaActionPriority}
 */
public record FmeaLine(String riskId, String hazardId, String harm, FmeaRating rating, int rpn,
                       ActionPriority priority) {

    /** The line of a rated risk. */
    public static FmeaLine of(RiskRecord risk) {
        FmeaRating r = Require.present(risk.fmea(), "The FMEA rating of risk " + risk.id(), "Rate the risk.");
        return new FmeaLine(risk.id(), risk.hazardId(), risk.harm().description(), r, r.rpn(), r.actionPriority());
    }
}
