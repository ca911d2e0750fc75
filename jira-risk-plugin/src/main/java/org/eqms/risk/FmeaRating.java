package org.eqms.risk;

import java.util.Locale;
import java.util.Objects;

/**
 * The FMEA view of a risk item: severity (S), occurrence (O) and detection (D), each 1–10 (10 = most severe, most
 * frequent, least detectable). The risk priority number is RPN = S × O × D (1–1000); the action priority is
 * {@link FmeaActionPriority}. FMEA is a second method over the same {@link RiskRecord}s, not a substitute for the
 * ISO 14971 evaluation against the acceptability policy.
 */
public record FmeaRating(int severity, int occurrence, int detection) {

    public static final int MIN = 1;
    public static final int MAX = 10;

    public FmeaRating {
        check("Severity", severity);
        check("Occurrence", occurrence);
        check("Detection", detection);
    }

    private static void check(String what, int value) {
        if (value < MIN || value > MAX) {
            throw new RiskRefusedException(RiskRefusal.LEVEL_OUT_OF_SCALE, what + " rating " + value
                    + " is outside " + MIN + " to " + MAX + ".", "Rate " + what.toLowerCase(Locale.ROOT) + " from 1 to 10.");
        }
    }

    /** RPN = S × O × D. */
    public int rpn() {
        return severity * occurrence * detection;
    }

    public ActionPriority actionPriority() {
        return FmeaActionPriority.of(severity, occurrence, detection);
    }

    /**
     * A suggested rating from an ISO 14971 estimate: severity and occurrence (from P) spread onto 1–10 by
     * {@code ceil(level × 10 / levels)}; detection must be judged by the analyst.
     */
    public static FmeaRating suggestedFrom(RiskEstimate estimate, RiskAcceptabilityPolicy policy, int detection) {
        Objects.requireNonNull(estimate, "estimate");
        Objects.requireNonNull(policy, "policy");
        int s = spread(policy.severityScale().requireLevel(estimate.severity()), policy.severityScale().size());
        int o = spread(policy.probabilityScale().requireLevel(estimate.probability().p()),
                policy.probabilityScale().size());
        return new FmeaRating(s, o, detection);
    }

    private static int spread(int level, int levels) {
        return (level * MAX + levels - 1) / levels;
    }
}
