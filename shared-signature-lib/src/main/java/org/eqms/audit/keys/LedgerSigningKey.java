package org.eqms.audit.keys;

import org.eqms.audit.canonical.Base64Url;

/** The active ledger key with its private half, unwrapped in memory only while sealing. */
public record LedgerSigningKey(String kid, byte[] privateKey, byte[] publicKey) {

    /** Ed25519 signature of {@code message}, base64url without padding. */
    public String seal(byte[] message) {
        return Base64Url.encode(Ed25519.sign(privateKey, message));
    }

    @Override
    public String toString() {
        return "LedgerSigningKey[" + kid + "]";
    }
}
