package org.eqms.sandbox.jira;

import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;

import java.sql.Timestamp;
import java.time.Instant;

/** A sandbox issue as the app reads it through {@code IssueManager}: a snapshot of its row. */
public record SandboxIssue(long id, String key, SandboxProject project, SandboxIssueType type, SandboxStatus status,
                           String summary, String description, Instant updated) implements MutableIssue {
    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getSummary() {
        return summary;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public IssueType getIssueType() {
        return type;
    }

    @Override
    public Status getStatus() {
        return status;
    }

    @Override
    public Project getProjectObject() {
        return project;
    }

    @Override
    public Timestamp getUpdated() {
        return Timestamp.from(updated);
    }
}
