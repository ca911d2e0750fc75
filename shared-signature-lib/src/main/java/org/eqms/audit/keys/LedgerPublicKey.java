package org.eqms.audit.keys;

import java.time.Instant;

/** A ledger verification key as published in every export header; {@code notAfter} is null while active. */
public record LedgerPublicKey(String kid, byte[] publicKey, Instant notBefore, Instant notAfter) {

    public boolean validAt(Instant time) {
        return !time.isBefore(notBefore) && (notAfter == null || !time.isAfter(notAfter));
    }
}
