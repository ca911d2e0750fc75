package org.eqms.sandbox.jira.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A sandbox Jira issue: its Jira id ({@value #ISSUE_ID}, the id the app's trace uses, e.g. 10001), its key
 * ({@code INF-1}), project, issue type id, status name, summary, description and last update (server time). UNIQUE id
 * and key keep two concurrent creations from taking the same ones.
 */
@Table("SBX_ISSUE")
public interface IssueRow extends Entity {
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";
    String PROJECT_KEY = "PROJECT_KEY";
    String ISSUE_NUMBER = "ISSUE_NUMBER";
    String TYPE_ID = "TYPE_ID";
    String STATUS_NAME = "STATUS_NAME";
    String SUMMARY = "SUMMARY";
    String DESCRIPTION = "DESCRIPTION";
    String UPDATED_AT = "UPDATED_AT";

    @NotNull
    @Unique
    long getIssueId();

    @NotNull
    @Unique
    String getIssueKey();

    @NotNull
    @Indexed
    String getProjectKey();

    @NotNull
    int getIssueNumber();

    @NotNull
    String getTypeId();

    void setTypeId(String typeId);

    @NotNull
    String getStatusName();

    void setStatusName(String statusName);

    @NotNull
    String getSummary();

    void setSummary(String summary);

    @StringLength(StringLength.UNLIMITED)
    String getDescription();

    void setDescription(String description);

    /** {@code StoredInstant} text. */
    @NotNull
    String getUpdatedAt();

    void setUpdatedAt(String updatedAt);
}
