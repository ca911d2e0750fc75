package org.eqms.signature;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * 21 CFR 11.300(d): failed re-authentications are counted; {@code lockoutThreshold} of them within
 * {@code lockoutWindow} lock the user's signing, are audited and alert the administrators at once. Unlocking
 * takes two different administrators (two-person rule), neither of them the locked user; both steps are audited.
 */
public final class SigningLockouts {
    private final SigningAttemptStore attempts;
    private final SignerDirectory directory;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public SigningLockouts(SigningAttemptStore attempts, SignerDirectory directory, Notifier notifier, AuditTrail audit,
                           Transactions transactions, Clock clock) {
        this.attempts = attempts;
        this.directory = directory;
        this.notifier = notifier;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Optional<Lockout> activeLockout(String userKey) {
        return attempts.activeLockout(userKey);
    }

    public List<Lockout> activeLockouts() {
        return attempts.activeLockouts();
    }

    /**
     * Counts a failed re-authentication (committed even though the signing fails) and locks the user when the
     * threshold is reached. Returns how many attempts remain before lockout (0 when now locked).
     */
    public int recordFailure(Signer signer, SigningPolicy policy, String clientIp) {
        Instant now = now();
        int[] remaining = {0};
        Lockout lockout = transactions.inTransaction(() -> {
            attempts.addFailure(signer.userKey(), now);
            Instant windowStart = now.minus(policy.lockoutWindow());
            Instant since = attempts.lastUnlock(signer.userKey()).filter(u -> u.isAfter(windowStart)).orElse(windowStart);
            int failures = attempts.failuresSince(signer.userKey(), since);
            Actor actor = actor(signer);
            audit.record(actor, SignatureActions.REAUTH_FAILED, userObject(signer.userKey()),
                    AuditData.empty().put("failuresInWindow", failures).clientIp(clientIp));
            remaining[0] = Math.max(0, policy.lockoutThreshold() - failures);
            if (failures < policy.lockoutThreshold() || attempts.activeLockout(signer.userKey()).isPresent()) {
                return null;
            }
            Lockout locked = attempts.lock(signer.userKey(), now);
            audit.record(actor, SignatureActions.LOCKED, userObject(signer.userKey()),
                    AuditData.empty().change("signing", "enabled", "locked").put("failuresInWindow", failures)
                            .put("windowSeconds", policy.lockoutWindow().toSeconds()).clientIp(clientIp));
            return locked;
        });
        audit.flush();
        if (lockout != null) {
            notifier.alertAdmins(new AdminAlert("esign.lockout", signer.userKey(), signer.fullName() + " ("
                    + signer.username() + ") was locked out of signing after " + policy.lockoutThreshold()
                    + " failed attempts.", now));
        }
        return remaining[0];
    }

    /** First administrator's half of an unlock. */
    public void requestUnlock(String adminKey, String lockedUserKey, String reason, String clientIp) {
        Signer admin = requireAdmin(adminKey, lockedUserKey);
        if (reason == null || reason.isBlank()) {
            throw new SigningRefusedException(SigningRefusal.REASON_REQUIRED, "an unlock needs a reason");
        }
        transactions.run(() -> {
            Lockout lockout = attempts.activeLockout(lockedUserKey).orElseThrow(() ->
                    new SigningRefusedException(SigningRefusal.NOT_LOCKED, lockedUserKey + " is not locked"));
            attempts.requestUnlock(lockout.id(), adminKey, reason, now());
            audit.record(actor(admin), SignatureActions.UNLOCK_REQUESTED, userObject(lockedUserKey),
                    AuditData.empty().reason(reason).clientIp(clientIp));
        });
        audit.flush();
    }

    /** Second administrator's half: must differ from the first. */
    public void approveUnlock(String adminKey, String lockedUserKey, String clientIp) {
        Signer admin = requireAdmin(adminKey, lockedUserKey);
        transactions.run(() -> {
            Lockout lockout = attempts.activeLockout(lockedUserKey).orElseThrow(() ->
                    new SigningRefusedException(SigningRefusal.NOT_LOCKED, lockedUserKey + " is not locked"));
            if (lockout.unlockRequestedBy() == null) {
                throw new SigningRefusedException(SigningRefusal.SECOND_ADMIN_REQUIRED,
                        "no administrator has requested this unlock yet");
            }
            if (lockout.unlockRequestedBy().equals(adminKey)) {
                throw new SigningRefusedException(SigningRefusal.SECOND_ADMIN_REQUIRED,
                        "the administrator who requested the unlock cannot also approve it");
            }
            attempts.unlock(lockout.id(), adminKey, now());
            audit.record(actor(admin), SignatureActions.UNLOCKED, userObject(lockedUserKey),
                    AuditData.empty().change("signing", "locked", "enabled")
                            .put("requestedBy", lockout.unlockRequestedBy()).reason(lockout.unlockReason())
                            .clientIp(clientIp));
        });
        audit.flush();
    }

    private Signer requireAdmin(String adminKey, String lockedUserKey) {
        Signer admin = directory.byKey(adminKey).filter(a -> directory.isAdmin(a.userKey())).orElseThrow(() ->
                new SigningRefusedException(SigningRefusal.NOT_ADMIN, "only administrators can unlock signing"));
        if (admin.userKey().equals(lockedUserKey)) {
            throw new SigningRefusedException(SigningRefusal.NOT_ADMIN, "administrators cannot unlock their own signing");
        }
        return admin;
    }

    static Actor actor(Signer signer) {
        return new Actor(signer.userKey(), signer.fullName());
    }

    static AuditedObject userObject(String userKey) {
        return AuditedObject.of(SignatureActions.USER_OBJECT_TYPE, userKey);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
