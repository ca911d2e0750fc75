package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.eqms.signature.Lockout;
import org.eqms.signature.SigningAttemptStore;
import org.eqms.store.ao.entity.SignFailureRow;
import org.eqms.store.ao.entity.SignLockoutRow;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link SigningAttemptStore} on Active Objects. */
public final class AoSigningAttemptStore implements SigningAttemptStore {
    private final ActiveObjects ao;

    public AoSigningAttemptStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public void addFailure(String userKey, Instant at) {
        ao.create(SignFailureRow.class, new DBParam(SignFailureRow.USER_KEY, userKey),
                new DBParam(SignFailureRow.FAILED_AT_MS, at.toEpochMilli()));
    }

    @Override
    public int failuresSince(String userKey, Instant since) {
        return ao.count(SignFailureRow.class, SignFailureRow.USER_KEY + " = ? AND " + SignFailureRow.FAILED_AT_MS + " > ?",
                userKey, since.toEpochMilli());
    }

    @Override
    public Optional<Lockout> activeLockout(String userKey) {
        SignLockoutRow[] rows = ao.find(SignLockoutRow.class, Query.select()
                .where(SignLockoutRow.USER_KEY + " = ? AND " + SignLockoutRow.UNLOCKED_AT_MS + " IS NULL", userKey)
                .order(SignLockoutRow.ID + " DESC"));
        return rows.length == 0 ? Optional.empty() : Optional.of(lockout(rows[0]));
    }

    @Override
    public List<Lockout> activeLockouts() {
        List<Lockout> lockouts = new ArrayList<>();
        for (SignLockoutRow row : ao.find(SignLockoutRow.class, Query.select()
                .where(SignLockoutRow.UNLOCKED_AT_MS + " IS NULL").order(SignLockoutRow.ID + " ASC"))) {
            lockouts.add(lockout(row));
        }
        return lockouts;
    }

    @Override
    public Lockout lock(String userKey, Instant at) {
        return lockout(ao.create(SignLockoutRow.class, new DBParam(SignLockoutRow.USER_KEY, userKey),
                new DBParam(SignLockoutRow.LOCKED_AT_MS, at.toEpochMilli())));
    }

    @Override
    public void requestUnlock(long lockoutId, String adminKey, String reason, Instant at) {
        SignLockoutRow row = ao.get(SignLockoutRow.class, lockoutId);
        row.setRequestedBy(adminKey);
        row.setRequestReason(reason);
        row.setRequestedAtMs(at.toEpochMilli());
        row.save();
    }

    @Override
    public void unlock(long lockoutId, String adminKey, Instant at) {
        SignLockoutRow row = ao.get(SignLockoutRow.class, lockoutId);
        row.setUnlockedBy(adminKey);
        row.setUnlockedAtMs(at.toEpochMilli());
        row.save();
    }

    @Override
    public Optional<Instant> lastUnlock(String userKey) {
        SignLockoutRow[] rows = ao.find(SignLockoutRow.class, Query.select()
                .where(SignLockoutRow.USER_KEY + " = ? AND " + SignLockoutRow.UNLOCKED_AT_MS + " IS NOT NULL", userKey)
                .order(SignLockoutRow.UNLOCKED_AT_MS + " DESC").limit(1));
        return rows.length == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(rows[0].getUnlockedAtMs()));
    }

    private static Lockout lockout(SignLockoutRow row) {
        return new Lockout(row.getID(), row.getUserKey(), Instant.ofEpochMilli(row.getLockedAtMs()), row.getRequestedBy(),
                row.getRequestReason(), row.getRequestedAtMs() == null ? null : Instant.ofEpochMilli(row.getRequestedAtMs()));
    }
}
