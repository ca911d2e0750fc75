package org.eqms.risk;

import java.util.Objects;

/**
 * ISO 14971 §7.2: the implementation of each risk control measure is verified, and so is its effectiveness. The
 * state for one purpose is the worst of its linked items: any FAILED → {@link State#FAILED}, else any OPEN →
 * {@link State#OPEN}, else at least one PASSED → {@link State#PASSED}; no item at all → {@link State#NONE}. A control
 * is verified when both purposes are PASSED.
 */
public final class ControlVerification {

    /** The verification state of a control for one purpose. */
    public enum State {
        NONE,
        OPEN,
        FAILED,
        PASSED
    }

    private ControlVerification() {
    }

    public static State state(RiskControl control, VerificationPurpose purpose) {
        Objects.requireNonNull(purpose, "purpose");
        boolean any = false;
        boolean open = false;
        for (VerificationLink link : control.verifications()) {
            if (link.purpose() != purpose) {
                continue;
            }
            any = true;
            if (link.status() == VerificationStatus.FAILED) {
                return State.FAILED;
            }
            open |= link.status() == VerificationStatus.OPEN;
        }
        return !any ? State.NONE : open ? State.OPEN : State.PASSED;
    }

    /** Implementation and effectiveness both verified. */
    public static boolean isVerified(RiskControl control) {
        return state(control, VerificationPurpose.IMPLEMENTATION) == State.PASSED
                && state(control, VerificationPurpose.EFFECTIVENESS) == State.PASSED;
    }
}
