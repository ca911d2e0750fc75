package org.eqms.risk;

/**
 * The FMEA action-priority rule, in the style of the AIAG-VDA FMEA Handbook (2019): priority is driven first by
 * severity, then occurrence, then detection, instead of by RPN alone. Our table (H high, M medium, L low; D columns
 * 7–10 | 5–6 | 2–4 | 1):
 *
 * <pre>
 * S 9–10  O 8–10  H H H H
 *         O 6–7   H H H H
 *         O 4–5   H H H M
 *         O 2–3   H M L L
 *         O 1     L L L L
 * S 7–8   O 8–10  H H H H
 *         O 6–7   H H H M
 *         O 4–5   H M M M
 *         O 2–3   M M L L
 *         O 1     L L L L
 * S 4–6   O 8–10  H H M M
 *         O 6–7   M M M L
 *         O 4–5   M L L L
 *         O 2–3   L L L L
 *         O 1     L L L L
 * S 2–3   O 8–10  M M L L
 *         O 6–7   L L L L
 *         O 4–5 and below: L
 * S 1     L everywhere
 * </pre>
 *
 * The table is monotone: raising S, O or D never lowers the priority.
 */
public final class FmeaActionPriority {

    private static final char[][][] TABLE = {
        // severity band 0: S 2-3; rows O band 8-10, 6-7, 4-5, 2-3, 1; columns D band 7-10, 5-6, 2-4, 1
        {"MMLL".toCharArray(), "LLLL".toCharArray(), "LLLL".toCharArray(), "LLLL".toCharArray(), "LLLL".toCharArray()},
        // S 4-6
        {"HHMM".toCharArray(), "MMML".toCharArray(), "MLLL".toCharArray(), "LLLL".toCharArray(), "LLLL".toCharArray()},
        // S 7-8
        {"HHHH".toCharArray(), "HHHM".toCharArray(), "HMMM".toCharArray(), "MMLL".toCharArray(), "LLLL".toCharArray()},
        // S 9-10
        {"HHHH".toCharArray(), "HHHH".toCharArray(), "HHHM".toCharArray(), "HMLL".toCharArray(), "LLLL".toCharArray()},
    };

    private FmeaActionPriority() {
    }

    /** The action priority of (S, O, D), each 1–10. */
    public static ActionPriority of(int severity, int occurrence, int detection) {
        new FmeaRating(severity, occurrence, detection);
        if (severity == 1) {
            return ActionPriority.LOW;
        }
        int s = severity >= 9 ? 3 : severity >= 7 ? 2 : severity >= 4 ? 1 : 0;
        int o = occurrence >= 8 ? 0 : occurrence >= 6 ? 1 : occurrence >= 4 ? 2 : occurrence >= 2 ? 3 : 4;
        int d = detection >= 7 ? 0 : detection >= 5 ? 1 : detection >= 2 ? 2 : 3;
        return switch (TABLE[s][o][d]) {
            case 'H' -> ActionPriority.HIGH;
            case 'M' -> ActionPriority.MEDIUM;
            default -> ActionPriority.LOW;
        };
    }
}
