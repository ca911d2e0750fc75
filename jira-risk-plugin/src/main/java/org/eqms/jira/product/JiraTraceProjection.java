package org.eqms.jira.product;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import java.util.Objects;
import java.util.Optional;
import org.eqms.jira.mapping.LinkDirection;
import org.eqms.jira.mapping.LinkTypeMapping;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.trace.ItemRole;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;

/**
 * Jira issues and issue links seen through one project's {@link ProjectTraceMapping}:
 *
 * <ul>
 *   <li>An issue of a mapped type (in the mapping's project) is a {@link TraceItem}: id = the issue id as a decimal
 *       string, key = the issue key, title = the summary, fields {@value #DESCRIPTION} (the description) and
 *       {@value #STATUS} (the status name), and for a {@link ItemRole#VERIFICATION} the verification status the
 *       mapping's rule gives its Jira status. Issues of other types, or of other projects, are not trace items.</li>
 *   <li>An issue link of a mapped type is a {@link TraceLink} between the two issues' item ids, its direction as the
 *       mapping says ({@link LinkDirection}). Links of other types are not trace links. Whether the link rules allow
 *       it is the graph's decision ({@code TraceGraph.link}).</li>
 * </ul>
 *
 * <p>What Jira does not hold stays as the trace core has it: {@link #item(Issue, TraceItem)} lays the issue over the
 * item's stored state, keeping the acceptability of a hazardous situation (set from the risk file), the level and
 * safety class of a software item and any other field. A new item gets its role's defaults
 * ({@link TraceItem#of}).
 */
public final class JiraTraceProjection {
    /** The trace field holding the issue's description. */
    public static final String DESCRIPTION = "description";
    /** The trace field holding the issue's Jira status name. */
    public static final String STATUS = "status";

    private final ProjectTraceMapping mapping;

    public JiraTraceProjection(ProjectTraceMapping mapping) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
    }

    public ProjectTraceMapping mapping() {
        return mapping;
    }

    /** The trace item id of an issue: its id as a decimal string. */
    public static String itemId(Long issueId) {
        return issueId == null ? null : issueId.toString();
    }

    /** The role an issue plays; empty when it is not a trace item (unmapped type, other project, no type). */
    public Optional<ItemRole> role(Issue issue) {
        if (issue == null || issue.getId() == null) {
            return Optional.empty();
        }
        Project project = issue.getProjectObject();
        if (project != null && !mapping.projectKey().equals(project.getKey())) {
            return Optional.empty();
        }
        IssueType type = issue.getIssueType();
        return type == null ? Optional.empty() : mapping.role(type.getId());
    }

    /** The issue as a new trace item; empty when it is not one. */
    public Optional<TraceItem> item(Issue issue) {
        return item(issue, null);
    }

    /**
     * The issue as a trace item laid over its stored state {@code previous} (which may be {@code null}, or of another
     * role after the issue's type changed: then the item starts afresh with the new role's defaults).
     */
    public Optional<TraceItem> item(Issue issue, TraceItem previous) {
        Optional<ItemRole> role = role(issue);
        if (role.isEmpty()) {
            return Optional.empty();
        }
        String id = itemId(issue.getId());
        TraceItem base = previous != null && previous.id().equals(id) && previous.role() == role.get()
                ? previous
                : TraceItem.of(id, role.get(), issue.getKey(), issue.getSummary());
        Status status = issue.getStatus();
        String statusName = status == null ? null : status.getName();
        TraceItem item = base.withKey(issue.getKey()).withTitle(issue.getSummary())
                .withField(DESCRIPTION, Objects.requireNonNullElse(issue.getDescription(), ""))
                .withField(STATUS, Objects.requireNonNullElse(statusName, ""));
        if (role.get() == ItemRole.VERIFICATION) {
            item = item.withStatus(mapping.verificationStatus(statusName));
        }
        return Optional.of(item);
    }

    /** The issue link as a trace link; empty when its type is not mapped. */
    public Optional<TraceLink> link(IssueLink link) {
        if (link == null || link.getSourceId() == null || link.getDestinationId() == null) {
            return Optional.empty();
        }
        Optional<LinkTypeMapping> type = mapping.linkType(link.getLinkTypeId());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        String source = itemId(link.getSourceId());
        String destination = itemId(link.getDestinationId());
        return Optional.of(type.get().direction() == LinkDirection.OUTWARD
                ? new TraceLink(source, type.get().type(), destination)
                : new TraceLink(destination, type.get().type(), source));
    }
}
