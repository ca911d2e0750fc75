package org.eqms.signature;

import java.time.Instant;
import java.util.Optional;

/**
 * 21 CFR 11.200(a)(1): the first signing in a continuous period of controlled system access needs every
 * component (user id and secret); later signings in that period need at least the secret. The period is the
 * host session, ending {@code sessionContinuity} after its last signing. An admin switch demands both always.
 */
public final class ContinuousSessionRule {
    private final SigningSessionStore sessions;

    public ContinuousSessionRule(SigningSessionStore sessions) {
        this.sessions = sessions;
    }

    /** True when this signing must present the user id as well as the secret. */
    public boolean needsAllComponents(SigningPolicy policy, String sessionHash, String userKey, Instant now) {
        if (policy.alwaysBothComponents() || sessionHash == null) {
            return true;
        }
        Optional<Instant> last = sessions.lastSigning(sessionHash, userKey);
        return last.isEmpty() || !now.isBefore(last.get().plus(policy.sessionContinuity()));
    }
}
