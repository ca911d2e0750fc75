package com.atlassian.jira.issue;

import java.sql.Timestamp;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

/**
 * Main issue interface.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html
 * ({@code @PublicApi public interface Issue extends OfBizValueWrapper, IssueContext, WithId, WithKey}; "Issue objects
 * may be obtained with IssueManager.getIssueObject(String)"; method summary seen up to {@code String getDescription()}).
 * {@code getId()} comes from {@code WithId} (https://docs.atlassian.com/jira/server/com/atlassian/jira/entity/WithId.html: {@code Long getId()})
 * and {@code getKey()} from {@code WithKey}. The rest of the Issue method table lies beyond the part of the page
 * the docs index returns, so {@code getKey}, {@code getSummary}, {@code getIssueType}, {@code getStatus},
 * {@code getProjectObject} and {@code getUpdated} were NOT seen in the page text; their Jira 7+ signatures
 * ({@code getIssueType()} returning {@code IssueType} and {@code getStatus()} returning {@code Status} since 7.0)
 * are confirmed by public plugin code compiled against jira-api and must be re-checked with {@code -Patlassian}.
 * Supertypes and all other methods are left out.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html">Issue</a>
 */
public interface Issue {

    Long getId();

    String getKey();

    String getSummary();

    String getDescription();

    IssueType getIssueType();

    Status getStatus();

    Project getProjectObject();

    Timestamp getUpdated();
}
