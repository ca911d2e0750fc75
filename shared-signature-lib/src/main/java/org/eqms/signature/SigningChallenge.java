package org.eqms.signature;

import java.time.Instant;

/**
 * A single-use challenge: the server's promise that {@code userKey} may sign exactly {@code version} (object
 * version and content hash) until {@code expiresAt}. Used, expired, foreign or stale challenges are refused.
 */
public record SigningChallenge(String id, String userKey, SignableVersion version, Instant issuedAt, Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
