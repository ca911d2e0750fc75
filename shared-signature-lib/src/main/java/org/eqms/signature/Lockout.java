package org.eqms.signature;

import java.time.Instant;

/** A user's signing lockout, possibly with a first administrator's unlock request awaiting a second one. */
public record Lockout(long id, String userKey, Instant lockedAt, String unlockRequestedBy, String unlockReason,
                      Instant unlockRequestedAt) {
}
