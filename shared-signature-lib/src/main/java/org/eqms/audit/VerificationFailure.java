package org.eqms.audit;

/** Why a ledger or export does not verify. */
public enum VerificationFailure {
    /** A line is not valid JSON or lacks a member the format requires. */
    MALFORMED,
    /** An entry's content no longer matches its hash. */
    ALTERED,
    /** An entry's prev is not the previous entry's hash: an entry before it was rewritten (hash recomputed) or inserted. */
    BROKEN_LINK,
    /** Entries are missing (a seq was skipped), or the signature record an esign entry records is missing. */
    MISSING,
    /** A second entry with an already used seq. */
    INSERTED,
    /** Entries are out of order. */
    REORDERED,
    /** Entries a checkpoint covers are gone from the end. */
    TRUNCATED,
    /** Entries exist that no checkpoint covers (an export must end with a checkpoint covering all of them). */
    UNCOVERED,
    /** A checkpoint's root does not match the entries it covers, or it sits at the wrong place. */
    CHECKPOINT_MISMATCH,
    /** The export header's signature is missing or does not verify (so its counts and keys cannot be trusted). */
    BAD_HEADER_SIGNATURE,
    /** A checkpoint's signature does not verify, or its key was not valid at its time. */
    BAD_CHECKPOINT_SIGNATURE,
    /** A checkpoint or signature names a key the ledger does not publish. */
    UNKNOWN_KEY,
    /** An e-signature record's seal does not verify. */
    BAD_SIGNATURE_SEAL,
    /** An e-signature record does not point at the audit entry that recorded it. */
    SIGNATURE_NOT_RECORDED
}
