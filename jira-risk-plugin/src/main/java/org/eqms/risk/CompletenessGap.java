package org.eqms.risk;

/**
 * One §7.6 incompleteness: what it concerns, why, and a human explanation.
 *
 * @param subjectId the risk, hazardous situation or hazard concerned
 * @param controlId the control concerned, or {@code null}
 * @param reason    why it is a gap
 * @param detail    what is missing, in words
 */
public record CompletenessGap(String subjectId, String controlId, GapReason reason, String detail) {

    public CompletenessGap {
        Require.text(subjectId, "The subject of a gap", "Name the risk, situation or hazard.");
        Require.present(reason, "The reason of a gap", "Give the reason.");
        Require.text(detail, "The detail of a gap", "Explain the gap.");
    }
}
