package com.atlassian.jira.issue.link;

/**
 * A link from a source issue to a destination issue.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html
 * ({@code @PublicApi public interface IssueLink extends OfBizValueWrapper}; {@code Long getId()},
 * {@code Long getSourceId()}, {@code Long getDestinationId()}, {@code Long getLinkTypeId()},
 * {@code IssueLinkType getIssueLinkType()}). {@code OfBizValueWrapper} (ofbiz types) and the other methods are left out.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLink.html">IssueLink</a>
 */
public interface IssueLink {

    Long getId();

    /** @return the id of the linked-from issue */
    Long getSourceId();

    /** @return the id of the linked-to issue */
    Long getDestinationId();

    Long getLinkTypeId();

    IssueLinkType getIssueLinkType();
}
