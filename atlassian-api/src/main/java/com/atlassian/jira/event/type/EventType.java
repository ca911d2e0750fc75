package com.atlassian.jira.event.type;

/**
 * Jira event types; the {@code *_ID} constants identify the system issue events carried by {@code IssueEvent}.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html ({@code @PublicApi public class
 * EventType extends Object}; fields {@code static Long ISSUE_CREATED_ID}, {@code ISSUE_UPDATED_ID},
 * {@code ISSUE_DELETED_ID}). Only these three are declared. Their values (1, 2, 8: Jira's system event ids "Issue
 * Created", "Issue Updated", "Issue Deleted") were not seen in page text; being {@code Long} objects they are not
 * inlined, so the product's own values are read at run time. Constructors and methods are left out; the protected
 * constructor exists so tests can subclass or mock.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/event/type/EventType.html">EventType</a>
 */
public class EventType {
    public static final Long ISSUE_CREATED_ID = 1L;
    public static final Long ISSUE_UPDATED_ID = 2L;
    public static final Long ISSUE_DELETED_ID = 8L;

    /** Not for use: event types come from Jira. */
    protected EventType() {
    }
}
