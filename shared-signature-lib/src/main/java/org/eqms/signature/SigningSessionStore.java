package org.eqms.signature;

import java.time.Instant;
import java.util.Optional;

/** Port: when a user last signed in a given host session (the session id is stored only as its SHA-256). */
public interface SigningSessionStore {
    Optional<Instant> lastSigning(String sessionHash, String userKey);

    void touch(String sessionHash, String userKey, Instant at);
}
