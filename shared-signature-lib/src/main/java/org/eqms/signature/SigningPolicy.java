package org.eqms.signature;

import java.time.Duration;
import java.util.List;

/**
 * Admin-configurable signing rules: the signature meanings offered, whether every signing needs both
 * components, the lockout threshold and window, how long a challenge lives, and how long a session counts as
 * one continuous period of controlled access after its last signing.
 */
public record SigningPolicy(List<String> meanings, boolean alwaysBothComponents, int lockoutThreshold,
                            Duration lockoutWindow, Duration challengeTtl, Duration sessionContinuity,
                            int maxReasonLength) {

    public static final SigningPolicy DEFAULT = new SigningPolicy(
            List.of("Authored", "Reviewed", "Approved", "Responsible", "Verified", "Released", "Read and understood"),
            false, 5, Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofMinutes(30), 1000);

    public SigningPolicy {
        meanings = List.copyOf(meanings);
        if (meanings.isEmpty()) {
            throw new IllegalArgumentException("at least one signature meaning is needed");
        }
        if (lockoutThreshold < 1) {
            throw new IllegalArgumentException("lockout threshold must be at least 1");
        }
    }

    public SigningPolicy withAlwaysBothComponents(boolean always) {
        return new SigningPolicy(meanings, always, lockoutThreshold, lockoutWindow, challengeTtl, sessionContinuity,
                maxReasonLength);
    }

    public SigningPolicy withChallengeTtl(Duration ttl) {
        return new SigningPolicy(meanings, alwaysBothComponents, lockoutThreshold, lockoutWindow, ttl, sessionContinuity,
                maxReasonLength);
    }
}
