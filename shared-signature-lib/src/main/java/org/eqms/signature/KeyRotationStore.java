package org.eqms.signature;

import java.time.Instant;
import java.util.Optional;

/** Port: ledger key rotation requests awaiting a second administrator. */
public interface KeyRotationStore {
    Optional<PendingRotation> pending();

    void request(String adminKey, String reason, Instant at);

    void complete(long requestId, String adminKey, String newKid, Instant at);

    record PendingRotation(long id, String requestedBy, String reason, Instant requestedAt) {
    }
}
