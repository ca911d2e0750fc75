package org.eqms.trace;

/**
 * The acceptability of the risk of a hazardous situation, as evaluated in the risk file (ISO 14971 §6) and given to
 * the trace core as an input: the core never computes it.
 */
public enum RiskAcceptability {
    /** The risk is acceptable under the risk acceptability criteria. */
    ACCEPTABLE,
    /** The risk is not acceptable: it needs risk control (ISO 14971 §7.1). */
    UNACCEPTABLE,
    /** The risk has not been evaluated yet. */
    NOT_EVALUATED
}
