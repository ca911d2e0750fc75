package org.eqms.signature;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.LedgerLock;
import org.eqms.audit.Transactions;
import org.eqms.audit.keys.LedgerKeys;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Rotates the ledger's signing key under the two-person rule (DESIGN §5): one administrator asks with a reason,
 * a different one approves; the old key is retired (it keeps verifying), a new one is made, and the rotation is
 * audited in the same transaction, under the ledger lock so no seal is made half-way.
 */
public final class LedgerKeyRotation {
    public static final String REQUESTED = "ledger.key.rotation.requested";
    public static final String ROTATED = "ledger.key.rotated";
    static final AuditedObject LEDGER = AuditedObject.of("ledger", "signing-key");

    private final KeyRotationStore store;
    private final LedgerKeys keys;
    private final SignerDirectory directory;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final LedgerLock lock;
    private final Clock clock;

    public LedgerKeyRotation(KeyRotationStore store, LedgerKeys keys, SignerDirectory directory, AuditTrail audit,
                             Transactions transactions, LedgerLock lock, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.directory = directory;
        this.audit = audit;
        this.transactions = transactions;
        this.lock = lock;
        this.clock = clock;
    }

    public void request(String adminKey, String reason, String clientIp) {
        Signer admin = requireAdmin(adminKey);
        if (reason == null || reason.isBlank()) {
            throw new SigningRefusedException(SigningRefusal.REASON_REQUIRED, "a key rotation needs a reason");
        }
        transactions.run(() -> {
            if (store.pending().isPresent()) {
                throw new SigningRefusedException(SigningRefusal.SECOND_ADMIN_REQUIRED,
                        "a key rotation is already waiting for a second administrator");
            }
            store.request(adminKey, reason.trim(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            audit.record(SigningLockouts.actor(admin), REQUESTED, LEDGER, AuditData.empty().reason(reason.trim()).clientIp(clientIp));
        });
        audit.flush();
    }

    /** Second administrator's approval; returns the new key id. */
    public String approve(String adminKey, String clientIp) {
        Signer admin = requireAdmin(adminKey);
        String newKid = lock.withLock(() -> transactions.inTransaction(() -> {
            KeyRotationStore.PendingRotation pending = store.pending().orElseThrow(() ->
                    new SigningRefusedException(SigningRefusal.SECOND_ADMIN_REQUIRED, "no key rotation has been requested"));
            if (pending.requestedBy().equals(adminKey)) {
                throw new SigningRefusedException(SigningRefusal.SECOND_ADMIN_REQUIRED,
                        "the administrator who requested the rotation cannot also approve it");
            }
            String oldKid = keys.activeKey().kid();
            String kid = keys.rotate();
            store.complete(pending.id(), adminKey, kid, clock.instant().truncatedTo(ChronoUnit.MILLIS));
            audit.record(SigningLockouts.actor(admin), ROTATED, LEDGER, AuditData.empty().change("activeKey", oldKid, kid)
                    .put("requestedBy", pending.requestedBy()).reason(pending.reason()).clientIp(clientIp));
            return kid;
        }));
        audit.flush();
        return newKid;
    }

    private Signer requireAdmin(String adminKey) {
        return directory.byKey(adminKey).filter(a -> directory.isAdmin(a.userKey())).orElseThrow(() ->
                new SigningRefusedException(SigningRefusal.NOT_ADMIN, "only administrators can rotate the ledger key"));
    }
}
