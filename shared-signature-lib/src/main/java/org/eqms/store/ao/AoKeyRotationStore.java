package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.DBParam;
import net.java.ao.Query;
import org.eqms.signature.KeyRotationStore;
import org.eqms.store.ao.entity.KeyRotationRow;

import java.time.Instant;
import java.util.Optional;

/** {@link KeyRotationStore} on Active Objects. */
public final class AoKeyRotationStore implements KeyRotationStore {
    private final ActiveObjects ao;

    public AoKeyRotationStore(ActiveObjects ao) {
        this.ao = ao;
    }

    @Override
    public Optional<PendingRotation> pending() {
        KeyRotationRow[] rows = ao.find(KeyRotationRow.class, Query.select()
                .where(KeyRotationRow.APPROVED_AT_MS + " IS NULL").order(KeyRotationRow.ID + " DESC"));
        return rows.length == 0 ? Optional.empty() : Optional.of(new PendingRotation(rows[0].getID(),
                rows[0].getRequestedBy(), rows[0].getRequestReason(), Instant.ofEpochMilli(rows[0].getRequestedAtMs())));
    }

    @Override
    public void request(String adminKey, String reason, Instant at) {
        ao.create(KeyRotationRow.class, new DBParam(KeyRotationRow.REQUESTED_BY, adminKey),
                new DBParam(KeyRotationRow.REQUEST_REASON, reason), new DBParam(KeyRotationRow.REQUESTED_AT_MS, at.toEpochMilli()));
    }

    @Override
    public void complete(long requestId, String adminKey, String newKid, Instant at) {
        KeyRotationRow row = ao.get(KeyRotationRow.class, requestId);
        row.setApprovedBy(adminKey);
        row.setApprovedAtMs(at.toEpochMilli());
        row.setNewKid(newKid);
        row.save();
    }
}
