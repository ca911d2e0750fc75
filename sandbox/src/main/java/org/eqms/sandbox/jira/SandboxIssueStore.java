package org.eqms.sandbox.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import net.java.ao.Query;
import org.eqms.sandbox.jira.entity.IssueLinkRow;
import org.eqms.sandbox.jira.entity.IssueRow;
import org.eqms.store.ao.SqlStates;
import org.eqms.store.ao.StoredInstant;
import org.eqms.store.ao.UniqueKeys;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The sandbox's issues and issue links on Active Objects, what Jira's own tables are to the product; no rules, no
 * events ({@link SandboxJira} checks and publishes). Ids are Jira-like: issue ids from {@value #FIRST_ISSUE_ID} up,
 * keys {@code <project>-<number>}, both allocated under a cluster lock with UNIQUE columns as the last defence.
 */
public final class SandboxIssueStore {
    static final long FIRST_ISSUE_ID = 10001;
    private static final String LOCK = "org.eqms.sandbox.jira.issue-ids";
    private static final String ISSUE_COLUMNS = "ID, ISSUE_ID, ISSUE_KEY, PROJECT_KEY, ISSUE_NUMBER, TYPE_ID, "
            + "STATUS_NAME, SUMMARY, DESCRIPTION, UPDATED_AT";

    private final ActiveObjects ao;
    private final ClusterLockService locks;
    private final Clock clock;

    public SandboxIssueStore(ActiveObjects ao, ClusterLockService locks, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.locks = Objects.requireNonNull(locks, "locks");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A new issue with the next issue id and the next number of its project. */
    public SandboxIssue create(SandboxProject project, SandboxIssueType type, SandboxStatus status, String summary,
                               String description) {
        return locked(() -> ao.executeInTransaction(() -> {
            long id = Math.max(FIRST_ISSUE_ID, max(IssueRow.ISSUE_ID, null) + 1);
            int number = (int) max(IssueRow.ISSUE_NUMBER, project.key()) + 1;
            Map<String, Object> row = new HashMap<>();
            row.put(IssueRow.ISSUE_ID, id);
            row.put(IssueRow.ISSUE_KEY, project.key() + "-" + number);
            row.put(IssueRow.PROJECT_KEY, project.key());
            row.put(IssueRow.ISSUE_NUMBER, number);
            row.put(IssueRow.TYPE_ID, type.id());
            row.put(IssueRow.STATUS_NAME, status.name());
            row.put(IssueRow.SUMMARY, summary);
            row.put(IssueRow.DESCRIPTION, description);
            row.put(IssueRow.UPDATED_AT, StoredInstant.format(clock.instant()));
            return issue(ao.create(IssueRow.class, row));
        }));
    }

    /** Saves the issue's new type, status, summary and description. */
    public SandboxIssue update(SandboxIssue changed) {
        return ao.executeInTransaction(() -> {
            IssueRow row = row(changed.id()).orElseThrow(() -> new IllegalStateException("No issue " + changed.id()));
            row.setTypeId(changed.type().id());
            row.setStatusName(changed.status().name());
            row.setSummary(changed.summary());
            row.setDescription(changed.description());
            row.setUpdatedAt(StoredInstant.format(clock.instant()));
            row.save();
            return issue(row);
        });
    }

    /** Deletes the issue and its links (both directions) together. */
    public void delete(long issueId) {
        ao.executeInTransaction(() -> {
            ao.delete(ao.find(IssueLinkRow.class, IssueLinkRow.SOURCE_ID + " = ? OR " + IssueLinkRow.DESTINATION_ID
                    + " = ?", issueId, issueId));
            ao.delete(ao.find(IssueRow.class, IssueRow.ISSUE_ID + " = ?", issueId));
            return null;
        });
    }

    public Optional<SandboxIssue> byId(long issueId) {
        return row(issueId).map(SandboxIssueStore::issue);
    }

    public Optional<SandboxIssue> byKey(String key) {
        if (key == null) {
            return Optional.empty();
        }
        IssueRow[] rows = ao.find(IssueRow.class, Query.select(ISSUE_COLUMNS).where(IssueRow.ISSUE_KEY + " = ?", key));
        return rows.length == 0 ? Optional.empty() : Optional.of(issue(rows[0]));
    }

    /** The project's issues by number. */
    public List<SandboxIssue> ofProject(String projectKey) {
        List<SandboxIssue> issues = new ArrayList<>();
        for (IssueRow row : ao.find(IssueRow.class, Query.select(ISSUE_COLUMNS)
                .where(IssueRow.PROJECT_KEY + " = ?", projectKey).order(IssueRow.ISSUE_NUMBER + " ASC"))) {
            issues.add(issue(row));
        }
        return issues;
    }

    /**
     * A new link; empty when the two issues already have a link of this type in this direction (also when a concurrent
     * call made it first: the UNIQUE link key refuses the second).
     */
    public Optional<SandboxIssueLink> link(long sourceId, long destinationId, SandboxIssueLinkType type) {
        String linkKey = UniqueKeys.of(Long.toString(sourceId), Long.toString(type.id()), Long.toString(destinationId));
        try {
            return insertLink(linkKey, sourceId, destinationId, type);
        } catch (RuntimeException e) {
            if (SqlStates.uniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Optional<SandboxIssueLink> insertLink(String linkKey, long sourceId, long destinationId,
                                                  SandboxIssueLinkType type) {
        return ao.executeInTransaction(() -> {
            if (ao.count(IssueLinkRow.class, IssueLinkRow.LINK_KEY + " = ?", linkKey) > 0) {
                return Optional.empty();
            }
            Map<String, Object> row = new HashMap<>();
            row.put(IssueLinkRow.LINK_KEY, linkKey);
            row.put(IssueLinkRow.SOURCE_ID, sourceId);
            row.put(IssueLinkRow.DESTINATION_ID, destinationId);
            row.put(IssueLinkRow.LINK_TYPE_ID, type.id());
            return Optional.of(link(ao.create(IssueLinkRow.class, row)));
        });
    }

    /** Deletes the link; whether there was one. */
    public boolean unlink(long linkId) {
        return ao.executeInTransaction(() -> {
            IssueLinkRow row = linkId < 1 || linkId > Integer.MAX_VALUE ? null : ao.get(IssueLinkRow.class, (int) linkId);
            if (row == null) {
                return false;
            }
            ao.delete(row);
            return true;
        });
    }

    public Optional<SandboxIssueLink> linkById(long linkId) {
        if (linkId < 1 || linkId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(IssueLinkRow.class, (int) linkId)).map(SandboxIssueStore::link);
    }

    public List<SandboxIssueLink> outwardLinks(long sourceId) {
        return links(IssueLinkRow.SOURCE_ID, sourceId);
    }

    public List<SandboxIssueLink> inwardLinks(long destinationId) {
        return links(IssueLinkRow.DESTINATION_ID, destinationId);
    }

    private List<SandboxIssueLink> links(String column, long issueId) {
        List<SandboxIssueLink> links = new ArrayList<>();
        for (IssueLinkRow row : ao.find(IssueLinkRow.class, Query.select("ID, LINK_KEY, SOURCE_ID, DESTINATION_ID, "
                + "LINK_TYPE_ID").where(column + " = ?", issueId).order("ID ASC"))) {
            links.add(link(row));
        }
        return links;
    }

    private Optional<IssueRow> row(long issueId) {
        IssueRow[] rows = ao.find(IssueRow.class, Query.select(ISSUE_COLUMNS).where(IssueRow.ISSUE_ID + " = ?", issueId));
        return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
    }

    /** The largest value of the column (of the project's issues when given), 0 when there is none. */
    private long max(String column, String projectKey) {
        Query query = Query.select("ID, " + column).order(column + " DESC").limit(1);
        if (projectKey != null) {
            query = query.where(IssueRow.PROJECT_KEY + " = ?", projectKey);
        }
        IssueRow[] rows = ao.find(IssueRow.class, query);
        if (rows.length == 0) {
            return 0;
        }
        return IssueRow.ISSUE_ID.equals(column) ? rows[0].getIssueId() : rows[0].getIssueNumber();
    }

    private <T> T locked(Supplier<T> work) {
        ClusterLock lock = locks.getLockForName(LOCK);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    private static SandboxIssue issue(IssueRow row) {
        return new SandboxIssue(row.getIssueId(), row.getIssueKey(),
                SandboxJiraConfig.project(row.getProjectKey()).orElseThrow(),
                SandboxJiraConfig.issueType(row.getTypeId()).orElseThrow(),
                SandboxJiraConfig.status(row.getStatusName()).orElseThrow(), row.getSummary(),
                Objects.requireNonNullElse(row.getDescription(), ""), StoredInstant.parse(row.getUpdatedAt()));
    }

    private static SandboxIssueLink link(IssueLinkRow row) {
        return new SandboxIssueLink(row.getID(), row.getSourceId(), row.getDestinationId(),
                SandboxJiraConfig.linkType(row.getLinkTypeId()).orElseThrow());
    }
}
