package org.eqms.sandbox.jira;

import java.util.ArrayList;
import java.util.List;

/**
 * One of an issue's links as its page and API show it: read from the issue ("is verified by INF-18" outward,
 * "verifies INF-16" inward) with the issue at the other end.
 */
record IssueLinkView(long id, SandboxIssueLinkType type, boolean outward, SandboxIssue other) {

    String label() {
        return outward ? type.outward() : type.inward();
    }

    /** The issue's outward links, then its inward ones, each by id. */
    static List<IssueLinkView> of(SandboxJira jira, SandboxIssue issue) {
        List<IssueLinkView> views = new ArrayList<>();
        jira.outwardLinks(issue).forEach(l -> views.add(new IssueLinkView(l.id(), l.type(), true,
                jira.issue(l.destinationId()))));
        jira.inwardLinks(issue).forEach(l -> views.add(new IssueLinkView(l.id(), l.type(), false,
                jira.issue(l.sourceId()))));
        return views;
    }
}
