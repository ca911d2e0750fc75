package org.eqms.jira.mapping;

/**
 * Which end of a Jira issue link is the upstream end ({@code from}) of the trace link it stands for. A Jira link goes
 * from its source issue (which shows the link type's outward description, e.g. "is mitigated by") to its destination
 * issue (which shows the inward description).
 */
public enum LinkDirection {
    /** The source issue is upstream: {@code source —type→ destination}. The default. */
    OUTWARD,
    /** The destination issue is upstream: {@code destination —type→ source} (for a Jira link type whose outward
     * description reads the other way, e.g. "mitigates"). */
    INWARD
}
