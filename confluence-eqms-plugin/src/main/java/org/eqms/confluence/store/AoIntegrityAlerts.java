package org.eqms.confluence.store;

import org.eqms.store.ao.StoredInstant;
import org.eqms.store.ao.UniqueKeys;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.confluence.store.entity.IntegrityAlertRow;
import org.eqms.document.IntegrityAlerts;
import org.eqms.store.ao.SqlStates;

/**
 * {@link IntegrityAlerts} on Active Objects: one {@link IntegrityAlertRow} per (document, revision, kind), inserted
 * once and never deleted. Joins the caller's transaction; when a concurrent transaction inserted the same alert first,
 * UNIQUE {@link IntegrityAlertRow#ALERT_KEY} refuses the insert and this throws
 * {@link IntegrityAlerts.ConcurrentRaiseException}; a serialization failure (HSQLDB's MVCC, SQLSTATE 40001) is left to
 * the caller's retry, which then finds the row.
 */
public final class AoIntegrityAlerts implements IntegrityAlerts {
    private final ActiveObjects ao;

    public AoIntegrityAlerts(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean raiseOnce(String documentId, String revision, String kind, Instant at) {
        Objects.requireNonNull(at, "at");
        String key = UniqueKeys.of(require(documentId, "documentId"), require(revision, "revision"), require(kind, "kind"));
        try {
            return ao.executeInTransaction(() -> {
                if (ao.count(IntegrityAlertRow.class, Query.select().where(IntegrityAlertRow.ALERT_KEY + " = ?", key)) > 0) {
                    return false;
                }
                Map<String, Object> row = new HashMap<>();
                row.put(IntegrityAlertRow.ALERT_KEY, key);
                row.put(IntegrityAlertRow.DOCUMENT_ID, documentId);
                row.put(IntegrityAlertRow.REV_LABEL, revision);
                row.put(IntegrityAlertRow.ALERT_KIND, kind);
                row.put(IntegrityAlertRow.RAISED_AT, StoredInstant.format(at));
                ao.create(IntegrityAlertRow.class, row);
                return true;
            });
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                throw new ConcurrentRaiseException("alert " + key + " was raised by a concurrent transaction", e);
            }
            throw e;
        }
    }

    private static String require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }
}
