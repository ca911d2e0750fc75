package org.eqms.trace;

/**
 * The role of an item in the IEC 62304 trace graph. Risk items ({@link #HAZARD}, {@link #HAZARDOUS_SITUATION},
 * {@link #RISK_CONTROL}) are the ISO 14971 records of the risk file, referred to here by id and role only.
 */
public enum ItemRole {
    /** A system (product) requirement, the source software requirements derive from (§5.2). */
    SYSTEM_REQUIREMENT,
    /** A software requirement (§5.2.1–5.2.2). */
    SOFTWARE_REQUIREMENT,
    /** A potential source of harm (ISO 14971 §5.4). */
    HAZARD,
    /** A circumstance in which people, property or the environment are exposed to a hazard; carries the
     * acceptability of its risk (ISO 14971 §6–7). */
    HAZARDOUS_SITUATION,
    /** A risk control measure (ISO 14971 §7.1; IEC 62304 §7.2). */
    RISK_CONTROL,
    /** The software system, a software item or a software unit, with its safety class (§4.3, §5.3–5.4). */
    SOFTWARE_ITEM,
    /** Implementation evidence: a code change, merge request, commit or build (§5.5.1). */
    IMPLEMENTATION,
    /** A test or other verification, with its status (§5.5.5, §5.6, §5.7, §7.3.1). */
    VERIFICATION,
    /** A software item of unknown provenance (§5.3.3–5.3.4, §7.1.2–7.1.3, §8.1.2), described in the SOUP register. */
    SOUP,
    /** A software problem report (§9). */
    ANOMALY,
    /** A change request (§8.2, §9.4). */
    CHANGE_REQUEST
}
