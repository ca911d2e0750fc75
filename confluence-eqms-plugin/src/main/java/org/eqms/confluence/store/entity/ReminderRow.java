package org.eqms.confluence.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A reminder sent (e.g. a periodic review falling due); UNIQUE {@value #REMINDER_KEY} makes each one once-only. */
@Table("REMINDER_SENT")
public interface ReminderRow extends Entity {
    String REMINDER_KEY = "REMINDER_KEY";
    String DOCUMENT_ID = "DOCUMENT_ID";
    String SENT_AT = "SENT_AT";

    @NotNull
    @Unique
    String getReminderKey();

    @NotNull
    @Indexed
    String getDocumentId();

    @NotNull
    String getSentAt();
}
