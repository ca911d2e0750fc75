package org.eqms.sandbox.jira;

import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.jira.access.ProjectAccess;
import org.eqms.jira.product.SyncRefusal;
import org.eqms.rest.RestRefusal;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sandbox's Jira issue operations, as Jira's issue and link services do them: the caller's project permission is
 * checked (browse to read, edit to change; an issue the caller may not browse is answered as unknown), the input
 * checked before anything is written, the change committed in one transaction, then Jira's event published to the
 * listeners (the app's trace listener among them), which write the trace in transactions of their own. What the
 * trace refused comes back with the change ({@link TracedChange}).
 */
public final class SandboxJira {
    public static final int MAX_SUMMARY = 255;
    public static final int MAX_DESCRIPTION = 32_767;

    private final SandboxIssueStore store;
    private final SandboxEventPublisher events;
    private final TraceRefusalCollector refusals;
    private final ProjectAccess access;
    private final UserManager users;
    private final Clock clock;

    SandboxJira(SandboxIssueStore store, SandboxEventPublisher events, TraceRefusalCollector refusals,
                ProjectAccess access, UserManager users, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
        this.access = Objects.requireNonNull(access, "access");
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The issue with this key, when the user may browse its project; 404 otherwise. */
    public SandboxIssue issue(String userKey, String key) {
        return store.byKey(key).filter(issue -> access.canBrowse(userKey, issue.project().key()))
                .orElseThrow(() -> RestRefusal.notFound("Issue " + key + " does not exist or you may not browse it."));
    }

    /** The project's issues by number; 404 for a project the user may not browse. */
    public List<SandboxIssue> issues(String userKey, String projectKey) {
        return store.ofProject(browsableProject(userKey, projectKey).key());
    }

    public List<SandboxIssueLink> outwardLinks(SandboxIssue issue) {
        return store.outwardLinks(issue.id());
    }

    public List<SandboxIssueLink> inwardLinks(SandboxIssue issue) {
        return store.inwardLinks(issue.id());
    }

    /** The issue at the other end of a link the user reads (both ends are in projects the sandbox has). */
    public SandboxIssue issue(long issueId) {
        return store.byId(issueId).orElseThrow(() -> RestRefusal.notFound("Issue " + issueId + " does not exist."));
    }

    public boolean canEdit(String userKey, String projectKey) {
        return access.canEdit(userKey, projectKey);
    }

    /** A new issue ({@code status} null: the workflow's first, To Do); publishes ISSUE_CREATED. */
    public TracedChange<SandboxIssue> create(String userKey, String projectKey, String type, String summary,
                                             String description, String status) {
        SandboxProject project = browsableProject(userKey, projectKey);
        requireEdit(userKey, project.key());
        SandboxIssueType issueType = issueType(type);
        SandboxStatus checkedStatus = status == null ? SandboxJiraConfig.TO_DO : status(status);
        SandboxIssue created = store.create(project, issueType, checkedStatus, summary(summary),
                description(description));
        return new TracedChange<>(created, publish(new IssueEvent(created, Map.of(), user(userKey),
                EventType.ISSUE_CREATED_ID)));
    }

    /** Changes the given fields (null: unchanged); publishes ISSUE_UPDATED when something changed. */
    public TracedChange<SandboxIssue> edit(String userKey, String key, String type, String summary, String description,
                                           String status) {
        SandboxIssue issue = issue(userKey, key);
        requireEdit(userKey, issue.project().key());
        SandboxIssue changed = new SandboxIssue(issue.id(), issue.key(), issue.project(),
                type == null ? issue.type() : issueType(type), status == null ? issue.status() : status(status),
                summary == null ? issue.summary() : summary(summary),
                description == null ? issue.description() : description(description), issue.updated());
        if (changed.equals(issue)) {
            return new TracedChange<>(issue, List.of());
        }
        SandboxIssue saved = store.update(changed);
        return new TracedChange<>(saved, publish(new IssueEvent(saved, Map.of(), user(userKey),
                EventType.ISSUE_UPDATED_ID)));
    }

    /** Deletes the issue with its links; publishes ISSUE_DELETED (the app drops the item with its trace links). */
    public TracedChange<SandboxIssue> delete(String userKey, String key) {
        SandboxIssue issue = issue(userKey, key);
        requireEdit(userKey, issue.project().key());
        store.delete(issue.id());
        return new TracedChange<>(issue, publish(new IssueEvent(issue, Map.of(), user(userKey),
                EventType.ISSUE_DELETED_ID)));
    }

    /**
     * Links {@code fromKey} to {@code toKey} with the link type named (the link reads "from &lt;outward&gt; to", e.g.
     * INF-16 is verified by INF-18); the user must edit the source's project and browse the destination's. A link the
     * two issues already have is 409. Publishes IssueLinkCreatedEvent.
     */
    public TracedChange<SandboxIssueLink> link(String userKey, String typeName, String fromKey, String toKey) {
        SandboxIssueLinkType type = SandboxJiraConfig.linkType(typeName).orElseThrow(() -> RestRefusal.badRequest(
                "\"" + typeName + "\" is not an issue link type.", "Use one of: " + linkTypeNames() + "."));
        SandboxIssue from = issue(userKey, fromKey);
        SandboxIssue to = issue(userKey, toKey);
        requireEdit(userKey, from.project().key());
        if (from.id() == to.id()) {
            throw RestRefusal.badRequest("An issue cannot be linked to itself.", "Link " + fromKey
                    + " to another issue.");
        }
        return link(from.id(), to.id(), type.id());
    }

    /** Links two issues by id (Jira's {@code IssueLinkManager.createIssueLink}); no permission check. */
    TracedChange<SandboxIssueLink> link(long sourceId, long destinationId, long linkTypeId) {
        SandboxIssueLinkType type = SandboxJiraConfig.linkType(linkTypeId).orElseThrow(() -> RestRefusal.badRequest(
                "There is no issue link type " + linkTypeId + ".", "Use one of: " + linkTypeNames() + "."));
        SandboxIssue from = issue(sourceId);
        SandboxIssue to = issue(destinationId);
        SandboxIssueLink link = store.link(from.id(), to.id(), type).orElseThrow(() -> new RestRefusal(409,
                "link_exists", from.key() + " " + type.outward() + " " + to.key() + " already.",
                "Nothing to do; remove the link first to link them again."));
        return new TracedChange<>(link, publish(new IssueLinkCreatedEvent(link, clock.instant())));
    }

    /** Removes a link; the user must edit the source's project. Publishes IssueLinkDeletedEvent. */
    public TracedChange<SandboxIssueLink> unlink(String userKey, long linkId) {
        SandboxIssueLink link = store.linkById(linkId).filter(l -> store.byId(l.sourceId())
                        .filter(source -> access.canBrowse(userKey, source.project().key())).isPresent())
                .orElseThrow(() -> RestRefusal.notFound("Issue link " + linkId
                        + " does not exist or you may not browse its issues."));
        requireEdit(userKey, issue(link.sourceId()).project().key());
        if (!store.unlink(linkId)) {
            throw RestRefusal.notFound("Issue link " + linkId + " does not exist (any more).");
        }
        return new TracedChange<>(link, publish(new IssueLinkDeletedEvent(link, clock.instant())));
    }

    private List<SyncRefusal> publish(Object event) {
        return refusals.during(() -> events.publish(event));
    }

    private SandboxProject browsableProject(String userKey, String projectKey) {
        return SandboxJiraConfig.project(projectKey).filter(p -> access.canBrowse(userKey, p.key()))
                .orElseThrow(() -> RestRefusal.notFound("Project " + projectKey
                        + " does not exist or you may not browse it."));
    }

    private void requireEdit(String userKey, String projectKey) {
        if (!access.canEdit(userKey, projectKey)) {
            throw RestRefusal.forbidden("You may not edit issues of project " + projectKey + ".",
                    "Ask the project's administrator for the Edit Issues permission.");
        }
    }

    private static SandboxIssueType issueType(String type) {
        return SandboxJiraConfig.issueType(type).orElseThrow(() -> RestRefusal.badRequest("\"" + type
                + "\" is not an issue type.", "Use one of: " + String.join(", ", SandboxJiraConfig.issueTypes()
                .stream().map(SandboxIssueType::name).toList()) + "."));
    }

    private static SandboxStatus status(String status) {
        return SandboxJiraConfig.status(status).orElseThrow(() -> RestRefusal.badRequest("\"" + status
                + "\" is not a status.", "Use one of: " + String.join(", ", SandboxJiraConfig.statuses().stream()
                .map(SandboxStatus::name).toList()) + "."));
    }

    private static String linkTypeNames() {
        return String.join(", ", SandboxJiraConfig.linkTypes().stream().map(SandboxIssueLinkType::name).toList());
    }

    private static String summary(String summary) {
        if (summary == null || summary.isBlank()) {
            throw RestRefusal.badRequest("The summary is missing.", "Send a non-blank \"summary\".");
        }
        if (summary.length() > MAX_SUMMARY || summary.contains("\n") || summary.contains("\r")) {
            throw RestRefusal.badRequest("The summary has " + summary.length() + " characters or a line break.",
                    "Use one line of at most " + MAX_SUMMARY + " characters.");
        }
        return summary.strip();
    }

    private static String description(String description) {
        String text = description == null ? "" : description;
        if (text.length() > MAX_DESCRIPTION) {
            throw RestRefusal.badRequest("The description has " + text.length() + " characters.",
                    "Use at most " + MAX_DESCRIPTION + " characters.");
        }
        return text;
    }

    private ApplicationUser user(String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null ? new SandboxApplicationUser(userKey, userKey, userKey)
                : new SandboxApplicationUser(userKey, profile.getUsername(), profile.getFullName());
    }
}
