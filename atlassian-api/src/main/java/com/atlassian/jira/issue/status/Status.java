package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;

/**
 * A workflow status; {@code getName()} is inherited from {@link IssueConstant}.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html (Status is a known subinterface
 * of IssueConstant) and https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/status/MockStatus.html
 * ({@code public class MockStatus extends MockIssueConstant implements Status}; {@code StatusCategory getStatusCategory()}).
 * The Status page itself is not in the docs index available here. {@code getStatusCategory()} is left out: the
 * {@code StatusCategory} type's package and members could not be checked.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/status/MockStatus.html">MockStatus (implements Status)</a>
 */
public interface Status extends IssueConstant {
}
