package org.eqms.sandbox.jira;

import com.atlassian.jira.issue.link.IssueLinkType;

/**
 * A Jira issue link type of the sandbox: id, name and how a link reads from its source ({@code outward}, e.g. "is
 * verified by") and from its destination ({@code inward}, "verifies").
 */
public record SandboxIssueLinkType(long id, String name, String outward, String inward) implements IssueLinkType {
    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getOutward() {
        return outward;
    }

    @Override
    public String getInward() {
        return inward;
    }
}
