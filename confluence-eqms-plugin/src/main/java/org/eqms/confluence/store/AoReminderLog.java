package org.eqms.confluence.store;

import org.eqms.store.ao.StoredInstant;
import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.confluence.store.entity.ReminderRow;
import org.eqms.document.ReminderLog;
import org.eqms.store.ao.SqlStates;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@link ReminderLog} on Active Objects; joins the caller's transaction. A concurrent node that recorded the same
 * reminder first makes the UNIQUE key refuse this insert, which reads as "already sent".
 */
public final class AoReminderLog implements ReminderLog {
    private final ActiveObjects ao;

    public AoReminderLog(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean markOnce(String key, String documentId, Instant at) {
        if (ao.count(ReminderRow.class, Query.select().where(ReminderRow.REMINDER_KEY + " = ?", key)) > 0) {
            return false;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(ReminderRow.REMINDER_KEY, key);
        row.put(ReminderRow.DOCUMENT_ID, documentId);
        row.put(ReminderRow.SENT_AT, StoredInstant.format(at));
        try {
            ao.executeInTransaction(() -> ao.create(ReminderRow.class, row));
            return true;
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }
}
