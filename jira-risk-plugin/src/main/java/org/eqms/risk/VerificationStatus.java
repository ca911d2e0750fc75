package org.eqms.risk;

/** The status of a linked verification item (a test): passed, failed, or not yet run. */
public enum VerificationStatus {
    PASSED,
    FAILED,
    OPEN
}
