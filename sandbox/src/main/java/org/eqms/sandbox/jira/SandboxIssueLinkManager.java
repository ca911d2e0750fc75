package org.eqms.sandbox.jira;

import com.atlassian.jira.exception.CreateException;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.user.ApplicationUser;

import java.util.List;
import java.util.Objects;

/**
 * Jira's {@code IssueLinkManager} over the sandbox's issue links. Creating a link goes through {@link SandboxJira}, so
 * it publishes {@code IssueLinkCreatedEvent} as Jira does; like Jira's manager it checks no permission (Jira's
 * {@code IssueLinkService} does, and so do the sandbox's REST resource and pages).
 */
public final class SandboxIssueLinkManager implements IssueLinkManager {
    private final SandboxIssueStore store;
    private final SandboxJira jira;

    public SandboxIssueLinkManager(SandboxIssueStore store, SandboxJira jira) {
        this.store = Objects.requireNonNull(store, "store");
        this.jira = Objects.requireNonNull(jira, "jira");
    }

    @Override
    public void createIssueLink(Long sourceIssueId, Long destinationIssueId, Long issueLinkTypeId, Long sequence,
                                ApplicationUser remoteUser) throws CreateException {
        try {
            jira.link(sourceIssueId, destinationIssueId, issueLinkTypeId);
        } catch (RuntimeException e) {
            throw new CreateException(e.getMessage(), e);
        }
    }

    @Override
    public List<IssueLink> getInwardLinks(Long destinationIssueId) {
        return destinationIssueId == null ? List.of() : List.copyOf(store.inwardLinks(destinationIssueId));
    }

    @Override
    public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
        return sourceIssueId == null ? List.of() : List.copyOf(store.outwardLinks(sourceIssueId));
    }
}
