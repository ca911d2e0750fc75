package com.atlassian.jira;

/**
 * Base of Jira's checked exceptions ({@code public class JiraException extends Exception}).
 *
 * <p>Checked against: https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/JiraException.html
 * (Direct Known Subclasses include {@code CreateException}) and
 * https://docs.atlassian.com/software/jira/docs/api/latest/com/atlassian/jira/JiraException.html (constructors {@code JiraException()},
 * {@code (String)}, {@code (String, Throwable)}, {@code (Throwable)}).
 *
 * @see <a href="https://docs.atlassian.com/software/jira/docs/api/10.2.0/com/atlassian/jira/JiraException.html">JiraException (10.2.0)</a>
 */
public class JiraException extends Exception {

    public JiraException() {
    }

    public JiraException(String s) {
        super(s);
    }

    public JiraException(String s, Throwable throwable) {
        super(s, throwable);
    }

    public JiraException(Throwable throwable) {
        super(throwable);
    }
}
