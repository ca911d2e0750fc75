package org.eqms.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;

import java.util.Map;
import java.util.Optional;

/** Port: the issue a web panel is rendered for, from the host's web-panel context. */
@FunctionalInterface
public interface PanelIssue {

    /** The issue of the context; empty when the panel is not rendered for an issue with id, key, project and type. */
    Optional<Target> issue(Map<String, Object> context);

    /**
     * @param issueId     Jira's issue id (the trace item id is its decimal string)
     * @param issueKey    e.g. {@code INF-12}
     * @param projectKey  e.g. {@code INF}
     * @param issueTypeId Jira's issue type id, e.g. {@code 10001}
     */
    record Target(long issueId, String issueKey, String projectKey, String issueTypeId) {
    }

    /**
     * Jira: the context entry {@code "issue"}, the viewed {@link Issue}. Jira's view issue page puts the issue under
     * {@code "issue"} (with {@code "project"}, {@code "user"} and {@code "helper"}) into the context of the panels of
     * {@code atl.jira.view.issue.right.context} (Jira's {@code IssueWebPanelRenderUtil}, public Jira 5 source); the
     * key could not be checked against Jira 10.3 here: verify on a test instance.
     */
    PanelIssue JIRA = context -> {
        Object value = context == null ? null : context.get("issue");
        if (!(value instanceof Issue issue) || issue.getId() == null || issue.getKey() == null) {
            return Optional.empty();
        }
        Project project = issue.getProjectObject();
        IssueType type = issue.getIssueType();
        if (project == null || project.getKey() == null || type == null || type.getId() == null) {
            return Optional.empty();
        }
        return Optional.of(new Target(issue.getId(), issue.getKey(), project.getKey(), type.getId()));
    };
}
