package com.atlassian.jira.issue;

/**
 * Common parent of issue types, statuses, priorities and resolutions.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html
 * ({@code public interface IssueConstant extends Comparable}; All Known Subinterfaces: IssueType, Priority,
 * Resolution, Status; method detail {@code String getId()}, {@code String getName()}) and the Jira 7 page
 * https://docs.atlassian.com/jira/7.1.7/com/atlassian/jira/issue/issuetype/IssueType.html (IssueType still inherits {@code getId},
 * {@code getName} from IssueConstant). {@code Comparable} and the other methods are left out (not called).
 *
 * @see <a href="https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/IssueConstant.html">IssueConstant</a>
 */
public interface IssueConstant {

    /** @return the constant's id (a String in Jira) */
    String getId();

    /** @return the constant's (untranslated) name */
    String getName();
}
