package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import org.eqms.signature.SigningSessionStore;
import org.eqms.store.ao.entity.SignSessionRow;

import java.time.Instant;
import java.util.Optional;

/** {@link SigningSessionStore} on Active Objects. */
public final class AoSigningSessionStore implements SigningSessionStore {
    private final ActiveObjects ao;

    public AoSigningSessionStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<Instant> lastSigning(String sessionHash, String userKey) {
        return find(sessionHash, userKey).map(row -> Instant.ofEpochMilli(row.getLastSignedMs()));
    }

    @Override
    public void touch(String sessionHash, String userKey, Instant at) {
        Optional<SignSessionRow> existing = find(sessionHash, userKey);
        if (existing.isPresent()) {
            existing.get().setLastSignedMs(at.toEpochMilli());
            existing.get().save();
        } else {
            ao.create(SignSessionRow.class, new DBParam(SignSessionRow.SESSION_HASH, sessionHash),
                    new DBParam(SignSessionRow.USER_KEY, userKey), new DBParam(SignSessionRow.LAST_SIGNED_MS, at.toEpochMilli()));
        }
    }

    private Optional<SignSessionRow> find(String sessionHash, String userKey) {
        SignSessionRow[] rows = ao.find(SignSessionRow.class,
                SignSessionRow.SESSION_HASH + " = ? AND " + SignSessionRow.USER_KEY + " = ?", sessionHash, userKey);
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }
}
