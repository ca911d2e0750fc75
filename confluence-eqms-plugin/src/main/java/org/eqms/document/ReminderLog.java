package org.eqms.document;

import java.time.Instant;

/** Port: which reminders were already sent, so each is sent once even when several nodes run the job. */
public interface ReminderLog {
    /** Records the reminder {@code key}; true if this call recorded it first, false if it was already sent. */
    boolean markOnce(String key, String documentId, Instant at);
}
