package org.eqms.trace;

/**
 * The types of link, each read as "upstream TYPE downstream". The roles each may join are in {@link LinkRules}.
 * Links whose type {@link #propagatesSuspicion() propagates suspicion} form the trace direction along which a
 * change upstream makes downstream links suspect ({@link SuspectLinks}); the others (decomposition, problem reports,
 * causal contribution) record relations, not derivation.
 */
public enum LinkType {
    /** A requirement derives a more detailed requirement (system → software, §5.2; software → software). */
    DERIVES(true),
    /** A hazard leads to a hazardous situation (ISO 14971 §5.4). */
    LEADS_TO(true),
    /** A hazardous situation is mitigated by a risk control (ISO 14971 §7.1; IEC 62304 §7.2.1). */
    MITIGATED_BY(true),
    /** A risk control, requirement or software item is implemented by a requirement, item or implementation
     * (§5.2.3, §5.3.1, §5.5.1, §7.2.2). */
    IMPLEMENTED_BY(true),
    /** Something is verified by a verification (§5.5.5, §5.6, §5.7, §7.3.1). */
    VERIFIED_BY(true),
    /** A software item contains a software item, unit or SOUP (§5.3.1, §5.4.1). */
    CONTAINS(false),
    /** A software item or SOUP contributes to a hazardous situation (§7.1.1–7.1.2). */
    CONTRIBUTES_TO(false),
    /** An anomaly or change request affects an item (§8.2, §9.2). */
    AFFECTS(false),
    /** A change request resolves an anomaly (§9.4). */
    RESOLVES(false);

    private final boolean propagatesSuspicion;

    LinkType(boolean propagatesSuspicion) {
        this.propagatesSuspicion = propagatesSuspicion;
    }

    /** Whether a change of the upstream item makes this link, and the links downstream of it, suspect. */
    public boolean propagatesSuspicion() {
        return propagatesSuspicion;
    }
}
