package org.eqms.risk;

/**
 * The outcome of evaluating a risk against the acceptability policy (ISO 14971 §4.4 d, §6), in increasing order of
 * concern: acceptable; to be investigated and reduced as far as possible (ALARP region); unacceptable.
 */
public enum Acceptability {
    ACCEPTABLE,
    INVESTIGATE_ALARP,
    UNACCEPTABLE;

    /** Whether risk control is needed (§6: risk not acceptable → §7). */
    public boolean requiresControl() {
        return this != ACCEPTABLE;
    }

    /** Whether this is at least as much concern as {@code other}. */
    public boolean atLeast(Acceptability other) {
        return compareTo(other) >= 0;
    }
}
