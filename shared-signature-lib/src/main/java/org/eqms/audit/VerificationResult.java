package org.eqms.audit;

/**
 * Outcome of verifying a ledger: counts of what was checked and, when invalid, the first bad seq (null when the
 * fault is not in an entry) with the reason.
 */
public record VerificationResult(boolean valid, long entries, long checkpoints, long signatures,
                                 Long firstBadSeq, VerificationFailure reason, String message) {

    public static VerificationResult ok(long entries, long checkpoints, long signatures) {
        return new VerificationResult(true, entries, checkpoints, signatures, null, null,
                "valid: " + entries + " entries, " + checkpoints + " checkpoints, " + signatures + " signatures");
    }

    public static VerificationResult invalid(long entries, long checkpoints, long signatures, Long seq,
                                             VerificationFailure reason, String message) {
        return new VerificationResult(false, entries, checkpoints, signatures, seq, reason,
                "INVALID " + reason + (seq == null ? "" : " at seq " + seq) + ": " + message);
    }
}
