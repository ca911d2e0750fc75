package org.eqms.audit.keys;

import org.eqms.audit.canonical.Sha256;

/** The rule naming a ledger key: {@code ed25519-} and the first 16 hex digits of SHA-256 of the raw public key. */
public final class KeyId {
    private KeyId() {
    }

    public static String of(byte[] publicKey) {
        return "ed25519-" + Sha256.hex(publicKey).substring(0, 16);
    }
}
