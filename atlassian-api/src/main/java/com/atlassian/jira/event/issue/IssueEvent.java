package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

import java.util.Map;

/**
 * Published by Jira for issue created/updated/deleted and workflow events; listened to with {@code @EventListener}.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html ({@code @PublicApi public final
 * class IssueEvent extends AbstractEvent implements IssueRelatedEvent}; constructor {@code IssueEvent(Issue issue,
 * ApplicationUser user, Comment comment, Worklog worklog, org.ofbiz.core.entity.GenericValue changeGroup, Map ...)};
 * "may now return null from a getChangeLog() call"). The method table lies beyond the part of the page the docs index
 * returns, so {@code Issue getIssue()}, {@code Long getEventTypeId()} and {@code ApplicationUser getUser()} were NOT
 * seen in page text (the constructor arguments match them); re-check with {@code -Patlassian}.
 * {@code getChangeLog()} is left out because it returns {@code org.ofbiz.core.entity.GenericValue}. Supertypes and
 * constructors are left out but one; the protected constructor exists so tests can mock (Mockito's inline mock maker
 * handles the final class).
 *
 * <p>{@code IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId)} is declared for the sandbox,
 * which publishes issue events to the app's listener as Jira does: the docs index returns the page's constructor
 * table only up to its first entry, so this one was checked against Atlassian's own unit tests and plugins built
 * against Jira 7+ that construct it with these four arguments; re-check with {@code -Patlassian}. It keeps its
 * arguments so the getters return them (the other declarations here that Jira constructs keep theirs the same way,
 * e.g. {@code IssueLinkCreatedEvent}).
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html">IssueEvent</a>
 */
public final class IssueEvent {
    private final Issue issue;
    private final ApplicationUser user;
    private final Long eventTypeId;

    /** Not for use: events are constructed by Jira. */
    protected IssueEvent() {
        this(null, null, null, null);
    }

    /**
     * @param params the event's parameters (Jira's raw {@code Map}; not kept by this declaration, no getter is declared)
     */
    @SuppressWarnings("rawtypes")
    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
        this.user = user;
        this.eventTypeId = eventTypeId;
    }

    public Issue getIssue() {
        return issue;
    }

    /** @return the event type id, compared with {@code EventType.ISSUE_UPDATED_ID} etc. */
    public Long getEventTypeId() {
        return eventTypeId;
    }

    /** @return the user who caused the event, or null */
    public ApplicationUser getUser() {
        return user;
    }
}
