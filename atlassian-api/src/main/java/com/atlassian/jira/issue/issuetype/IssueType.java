package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/**
 * An issue type; {@code getId()} and {@code getName()} are inherited from {@link IssueConstant}.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html
 * ({@code @PublicApi public interface IssueType extends IssueConstant}; inherited getId, getName). Its own methods
 * ({@code getAvatar}, {@code isSubTask}) are left out (not called).
 *
 * @see <a href="https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html">IssueType</a>
 */
public interface IssueType extends IssueConstant {
}
