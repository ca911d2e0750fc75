package com.atlassian.jira.event.issue.link;

import java.time.Instant;

import com.atlassian.jira.issue.link.IssueLink;

/**
 * Published by Jira's {@code IssueLinkManager} when an issue link was created; listened to with {@code @EventListener}.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/link/IssueLinkCreatedEvent.html
 * ({@code public class IssueLinkCreatedEvent extends Object}; constructor {@code IssueLinkCreatedEvent(IssueLink issueLink,
 * java.time.Instant eventCreation)}; {@code IssueLink getIssueLink()}, {@code java.time.Instant getEventCreation()}).
 * A plain value holder here so tests can build events.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/event/issue/link/IssueLinkCreatedEvent.html">IssueLinkCreatedEvent</a>
 */
public class IssueLinkCreatedEvent {

    private final IssueLink issueLink;
    private final Instant eventCreation;

    public IssueLinkCreatedEvent(IssueLink issueLink, Instant eventCreation) {
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
