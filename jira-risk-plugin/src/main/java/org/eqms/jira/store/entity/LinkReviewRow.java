package org.eqms.jira.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A re-review of a suspect link, with the mark it cleared. History: inserted once, never updated or deleted; a link
 * may have many reviews over time ({@value #PROJECT_LINK} is indexed, not unique).
 */
@Table("TRACE_LINK_REVIEW")
@Indexes({
        @Index(name = "trace_review_link", methodNames = {"getProjectLink"}),
        @Index(name = "trace_review_proj_id", methodNames = {"getProjectKey", "getID"})})
public interface LinkReviewRow extends Entity {
    String ID = "ID";
    String PROJECT_KEY = "PROJECT_KEY";
    String PROJECT_LINK = "PROJECT_LINK";
    String FROM_ID = "FROM_ID";
    String LINK_TYPE = "LINK_TYPE";
    String TO_ID = "TO_ID";
    String REVIEWER_KEY = "REVIEWER_KEY";
    String REVIEWED_AT = "REVIEWED_AT";
    String REASON = "REASON";
    String CHANGED_ITEM = "CHANGED_ITEM";
    String CHANGED_BY = "CHANGED_BY";
    String CHANGED_AT = "CHANGED_AT";
    String HASH_BEFORE = "HASH_BEFORE";
    String HASH_AFTER = "HASH_AFTER";

    @NotNull
    String getProjectKey();

    @NotNull
    String getProjectLink();

    @NotNull
    String getFromId();

    @NotNull
    String getLinkType();

    @NotNull
    String getToId();

    /** User key of the reviewer. */
    @NotNull
    String getReviewerKey();

    @NotNull
    String getReviewedAt();

    @NotNull
    @StringLength(StringLength.UNLIMITED)
    String getReason();

    @NotNull
    String getChangedItem();

    @NotNull
    String getChangedBy();

    @NotNull
    String getChangedAt();

    @NotNull
    String getHashBefore();

    @NotNull
    String getHashAfter();
}
