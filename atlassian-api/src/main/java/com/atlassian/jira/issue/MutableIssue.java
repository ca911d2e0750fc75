package com.atlassian.jira.issue;

/**
 * The issue facade returned by {@code IssueManager.getIssueObject}; only its {@link Issue} getters are called.
 *
 * <p>Checked against: https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/MutableIssue.html
 * ({@code @PublicApi public interface MutableIssue implements Issue}, "Facade for an issue's GenericValue").
 * Its setters and {@code store()} are left out (not called).
 *
 * @see <a href="https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/MutableIssue.html">MutableIssue</a>
 */
public interface MutableIssue extends Issue {
}
