package org.eqms.jira.product;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Jira stood in for with Mockito: issues registered with {@link IssueManager#getIssueObject(Long)}, links listed by
 * {@link IssueLinkManager}. Only Atlassian types are mocked.
 */
final class MockJira {
    final IssueManager issueManager = mock(IssueManager.class);
    final IssueLinkManager issueLinkManager = mock(IssueLinkManager.class);
    private final Map<String, Project> projects = new HashMap<>();
    private final Map<Long, List<IssueLink>> outward = new HashMap<>();
    private final Map<Long, List<IssueLink>> inward = new HashMap<>();

    Project project(String key) {
        return projects.computeIfAbsent(key, k -> {
            Project project = mock(Project.class);
            when(project.getKey()).thenReturn(k);
            return project;
        });
    }

    static IssueType type(String id, String name) {
        IssueType type = mock(IssueType.class);
        when(type.getId()).thenReturn(id);
        when(type.getName()).thenReturn(name);
        return type;
    }

    static Status status(String name) {
        Status status = mock(Status.class);
        when(status.getName()).thenReturn(name);
        return status;
    }

    static ApplicationUser user(String key) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        return user;
    }

    /** A new issue, found by {@code issueManager.getIssueObject(id)}, with no links. */
    MutableIssue issue(long id, String projectKey, IssueType type, String summary, String status) {
        Status jiraStatus = status == null ? null : status(status);
        Project jiraProject = project(projectKey);
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(projectKey + "-" + id);
        when(issue.getProjectObject()).thenReturn(jiraProject);
        when(issue.getIssueType()).thenReturn(type);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getDescription()).thenReturn("Description of " + summary);
        when(issue.getStatus()).thenReturn(jiraStatus);
        when(issueManager.getIssueObject(id)).thenReturn(issue);
        when(issueLinkManager.getOutwardLinks(id)).thenAnswer(i -> List.copyOf(outward.getOrDefault(id, List.of())));
        when(issueLinkManager.getInwardLinks(id)).thenAnswer(i -> List.copyOf(inward.getOrDefault(id, List.of())));
        return issue;
    }

    /** An issue deleted from Jira: no longer found. */
    void delete(MutableIssue issue) {
        Long id = issue.getId();
        when(issueManager.getIssueObject(id)).thenReturn(null);
    }

    /** A link from {@code source} to {@code destination}, listed by the link manager. */
    IssueLink link(long id, MutableIssue source, MutableIssue destination, long linkTypeId) {
        Long sourceId = source.getId();
        Long destinationId = destination.getId();
        IssueLink link = mock(IssueLink.class);
        when(link.getId()).thenReturn(id);
        when(link.getSourceId()).thenReturn(sourceId);
        when(link.getDestinationId()).thenReturn(destinationId);
        when(link.getLinkTypeId()).thenReturn(linkTypeId);
        outward.computeIfAbsent(sourceId, k -> new ArrayList<>()).add(link);
        inward.computeIfAbsent(destinationId, k -> new ArrayList<>()).add(link);
        return link;
    }

    /** The link no longer listed by the link manager. */
    void unlink(IssueLink link) {
        outward.getOrDefault(link.getSourceId(), new ArrayList<>()).remove(link);
        inward.getOrDefault(link.getDestinationId(), new ArrayList<>()).remove(link);
    }

    static IssueEvent event(MutableIssue issue, Long eventTypeId, ApplicationUser user) {
        IssueEvent event = mock(IssueEvent.class);
        when(event.getIssue()).thenReturn(issue);
        when(event.getEventTypeId()).thenReturn(eventTypeId);
        when(event.getUser()).thenReturn(user);
        return event;
    }
}
