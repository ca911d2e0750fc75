package org.eqms.sandbox.jira;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkType;

/** A sandbox issue link as the app reads it through {@code IssueLinkManager}: source and destination issue ids. */
public record SandboxIssueLink(long id, long sourceId, long destinationId, SandboxIssueLinkType type)
        implements IssueLink {
    @Override
    public Long getId() {
        return id;
    }

    @Override
    public Long getSourceId() {
        return sourceId;
    }

    @Override
    public Long getDestinationId() {
        return destinationId;
    }

    @Override
    public Long getLinkTypeId() {
        return type.id();
    }

    @Override
    public IssueLinkType getIssueLinkType() {
        return type;
    }
}
