package org.eqms.trace;

/**
 * Where a {@link ItemRole#SOFTWARE_ITEM} sits in the decomposition of IEC 62304 §5.3–5.4: the software system is
 * decomposed into software items (§5.3.1), which are refined into software units (§5.4.1), the items not divided
 * further. The manufacturer declares the level; the gap analysis checks that the decomposition ends in units where
 * the safety class requires it.
 */
public enum SoftwareLevel {
    /** The software system: the top of a decomposition. */
    SYSTEM,
    /** A software item between the system and its units. */
    ITEM,
    /** A software unit: not divided further (§3.28, §5.4.1). */
    UNIT
}
