package org.eqms.sandbox.jira;

import com.atlassian.jira.issue.status.Status;

/** A Jira status of the sandbox: id and name (the app reads the name, e.g. a test's {@code Done}). */
public record SandboxStatus(String id, String name) implements Status {
    @Override
    public String getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }
}
