package org.eqms.signature;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: failed re-authentications and the lockouts they cause. */
public interface SigningAttemptStore {
    void addFailure(String userKey, Instant at);

    int failuresSince(String userKey, Instant since);

    Optional<Lockout> activeLockout(String userKey);

    List<Lockout> activeLockouts();

    Lockout lock(String userKey, Instant at);

    void requestUnlock(long lockoutId, String adminKey, String reason, Instant at);

    void unlock(long lockoutId, String adminKey, Instant at);

    Optional<Instant> lastUnlock(String userKey);
}
