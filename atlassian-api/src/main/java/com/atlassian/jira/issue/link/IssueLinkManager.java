package com.atlassian.jira.issue.link;

import java.util.List;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Creates and reads issue links (a product component, imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html
 * ({@code @PublicApi public interface IssueLinkManager}; {@code void createIssueLink(Long sourceIssueId, Long
 * destinationIssueId, Long issueLinkTypeId, Long sequence, ApplicationUser remoteUser)} "Constructs a new issuelink from
 * the sourceIssueId to the destinationId and persists it"; {@code List<IssueLink> getInwardLinks(Long destinationIssueId)}
 * "Get links to an issue"). Not seen in the part of the page the docs index returns: the {@code throws CreateException}
 * clause (method tables do not show it; Jira's IssueLinkManager source and public plugins' implementations declare it)
 * and {@code List<IssueLink> getOutwardLinks(Long sourceIssueId)} (alphabetically beyond the returned text; the
 * counterpart of getInwardLinks in the same sources). Re-check with {@code -Patlassian}.
 *
 * @see <a href="https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/link/IssueLinkManager.html">IssueLinkManager</a>
 */
public interface IssueLinkManager {

    /**
     * Creates a link from the source to the destination issue. No permission check is made.
     *
     * @throws CreateException if the change item for the link could not be created (the link itself most likely was)
     */
    void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
            ApplicationUser remoteUser) throws CreateException;

    /** @return the links to this issue (it is their destination) */
    List<IssueLink> getInwardLinks(Long destinationIssueId);

    /** @return the links from this issue (it is their source) */
    List<IssueLink> getOutwardLinks(Long sourceIssueId);
}
