package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;

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
 * constructors are left out; the protected constructor exists so tests can mock (Mockito's inline mock maker
 * handles the final class).
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/IssueEvent.html">IssueEvent</a>
 */
public final class IssueEvent {

    /** Not for use: events are constructed by Jira. */
    protected IssueEvent() {
    }

    public Issue getIssue() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** @return the event type id, compared with {@code EventType.ISSUE_UPDATED_ID} etc. */
    public Long getEventTypeId() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** @return the user who caused the event, or null */
    public ApplicationUser getUser() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
