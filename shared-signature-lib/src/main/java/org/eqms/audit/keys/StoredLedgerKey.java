package org.eqms.audit.keys;

import java.time.Instant;

/** A ledger key as stored: the private key only wrapped, and null once retired. */
public record StoredLedgerKey(String kid, byte[] publicKey, byte[] wrappedPrivateKey, Instant notBefore, Instant notAfter) {

    public LedgerPublicKey publicKeyRecord() {
        return new LedgerPublicKey(kid, publicKey, notBefore, notAfter);
    }
}
