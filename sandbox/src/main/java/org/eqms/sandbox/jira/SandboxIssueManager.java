package org.eqms.sandbox.jira;

import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;

import java.util.Objects;

/** Jira's {@code IssueManager} over the sandbox's issues: an issue by id or key, null when there is none. */
public final class SandboxIssueManager implements IssueManager {
    private final SandboxIssueStore store;

    public SandboxIssueManager(SandboxIssueStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        return id == null ? null : store.byId(id).orElse(null);
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return store.byKey(key).orElse(null);
    }
}
