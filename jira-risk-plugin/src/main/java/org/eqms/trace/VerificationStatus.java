package org.eqms.trace;

/** The latest result of a verification item (a test run, an inspection). */
public enum VerificationStatus {
    /** Run, and its acceptance criteria were met. */
    PASSED,
    /** Run, and its acceptance criteria were not met. */
    FAILED,
    /** Not run yet, or running: no result. */
    OPEN
}
