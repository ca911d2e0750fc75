package com.atlassian.jira.issue.link;

/**
 * A type of issue link, with its outward ("relates to") and inward ("is related to") descriptions.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/link/IssueLinkType.html (method detail
 * {@code public Long getId()}, {@code String getName()}, {@code String getOutward()}, {@code String getInward()}),
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html ({@code IssueLinkType getIssueLinkType()}) and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkTypeManager.html. In Jira 4.x IssueLinkType was a class;
 * since then it is an interface (public plugins' test mocks {@code implements IssueLinkType} against Jira 7/8), but
 * no docs page for the interface form is in the docs index available here. Re-check with {@code -Patlassian}.
 * Other members left out.
 *
 * @see <a href="https://docs.atlassian.com/jira/4.4.4/com/atlassian/jira/issue/link/IssueLinkType.html">IssueLinkType (4.4.4)</a>
 */
public interface IssueLinkType {

    Long getId();

    String getName();

    /** @return the outward description, e.g. "blocks" */
    String getOutward();

    /** @return the inward description, e.g. "is blocked by" */
    String getInward();
}
