package org.eqms.signature;

import java.util.Optional;

/** Port: users' TOTP secrets, stored only wrapped under the host's key-encryption key. */
public interface TotpStore {
    Optional<TotpSecret> find(String userKey);

    void save(TotpSecret secret);

    record TotpSecret(String userKey, byte[] wrappedSecret, boolean confirmed, long lastStep) {
    }
}
