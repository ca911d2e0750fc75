package org.eqms.sandbox.jira;

import com.atlassian.jira.issue.issuetype.IssueType;

/** A Jira issue type of the sandbox: Jira's numeric id (as a string, as Jira gives it) and its name. */
public record SandboxIssueType(String id, String name) implements IssueType {
    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }
}
