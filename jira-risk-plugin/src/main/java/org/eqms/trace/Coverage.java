package org.eqms.trace;

import java.util.List;

/**
 * How an item's direct verifications stand: the worst result among the verifications it is {@code VERIFIED_BY}
 * (failed before open before passed), or {@link #NOT_VERIFIED} when it has none.
 */
public enum Coverage {
    NOT_VERIFIED,
    FAILING,
    OPEN,
    PASSED;

    /** The coverage of an item in a graph. */
    public static Coverage of(TraceGraph graph, String itemId) {
        List<TraceItem> verifications = graph.downstream(itemId, LinkType.VERIFIED_BY).toList();
        if (verifications.isEmpty()) {
            return NOT_VERIFIED;
        }
        if (verifications.stream().anyMatch(v -> v.status() == VerificationStatus.FAILED)) {
            return FAILING;
        }
        if (verifications.stream().anyMatch(v -> v.status() == VerificationStatus.OPEN)) {
            return OPEN;
        }
        return PASSED;
    }
}
