package org.eqms.store.ao.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An in-app notification (e.g. a review reminder to a user, an alert to the administrators); only READ_AT ever
 * changes. The table keeps the name the Confluence app created it with, so its stored notices still read.
 */
@Table("USER_NOTICE")
public interface NoticeRow extends Entity {
    String RECIPIENT = "RECIPIENT";
    String KIND = "KIND";
    String MESSAGE = "MESSAGE";
    String CREATED_AT = "CREATED_AT";
    String READ_AT = "READ_AT";

    /** A user key, or {@code @administrators}. */
    @NotNull
    @Indexed
    String getRecipient();

    @NotNull
    String getKind();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getMessage();

    @NotNull
    String getCreatedAt();

    String getReadAt();

    void setReadAt(String readAt);
}
