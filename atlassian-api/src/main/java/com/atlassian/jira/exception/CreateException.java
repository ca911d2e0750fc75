package com.atlassian.jira.exception;

import com.atlassian.jira.JiraException;

/**
 * Checked exception thrown by {@code IssueLinkManager.createIssueLink}.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/exception/CreateException.html
 * ({@code @PublicApi public class CreateException extends JiraException}; constructors {@code CreateException()},
 * {@code (Exception)}, {@code (String)}, {@code (String, Exception)}).
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/exception/CreateException.html">CreateException</a>
 */
public class CreateException extends JiraException {

    public CreateException() {
    }

    public CreateException(Exception e) {
        super(e);
    }

    public CreateException(String msg) {
        super(msg);
    }

    public CreateException(String msg, Exception e) {
        super(msg, e);
    }
}
