package com.atlassian.jira.issue;

/**
 * Jira's issue service (a product component, imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html ({@code @PublicApi public interface
 * IssueManager}) and https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/Issue.html ("Issue objects may be obtained with
 * IssueManager.getIssueObject(String)"). The IssueManager method table beyond {@code deleteIssueNoEvent} is not in
 * the part of the page the docs index returns, so the two {@code getIssueObject} rows were NOT seen there; the
 * signatures ({@code MutableIssue getIssueObject(Long id)}, {@code MutableIssue getIssueObject(String key)}, both
 * {@code throws DataAccessException}, an unchecked exception, and returning null when there is no such issue) are
 * those of Jira's own IssueManager source and of public plugins' IssueManager implementations. Re-check with
 * {@code -Patlassian}. DESIGN.md section 3 lists both as verified facts.
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.6/com/atlassian/jira/issue/IssueManager.html">IssueManager</a>
 */
public interface IssueManager {

    /** @return a new instance of the issue with this id, or null if there is none */
    MutableIssue getIssueObject(Long id);

    /** @return a new instance of the issue with this key, or null if there is none */
    MutableIssue getIssueObject(String key);
}
