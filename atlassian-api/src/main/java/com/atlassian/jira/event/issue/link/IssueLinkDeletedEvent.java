package com.atlassian.jira.event.issue.link;

import java.time.Instant;

import com.atlassian.jira.issue.link.IssueLink;

/**
 * Published by Jira's {@code IssueLinkManager} when an issue link was deleted; listened to with {@code @EventListener}.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/link/IssueLinkDeletedEvent.html
 * ({@code public class IssueLinkDeletedEvent extends Object}; constructor {@code IssueLinkDeletedEvent(IssueLink issueLink,
 * java.time.Instant eventCreation)}; {@code IssueLink getIssueLink()}, {@code java.time.Instant getEventCreation()}).
 * A plain value holder here so tests can build events.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/event/issue/link/IssueLinkDeletedEvent.html">IssueLinkDeletedEvent</a>
 */
public class IssueLinkDeletedEvent {

    private final IssueLink issueLink;
    private final Instant eventCreation;

    public IssueLinkDeletedEvent(IssueLink issueLink, Instant eventCreation) {
        this.issueLink = issueLink;
        this.eventCreation = eventCreation;
    }

    public IssueLink getIssueLink() {
        return issueLink;
    }

    public Instant getEventCreation() {
        return eventCreation;
    }
}
