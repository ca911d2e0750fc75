package org.eqms.jira.product;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.issue.link.IssueLinkCreatedEvent;
import com.atlassian.jira.event.issue.link.IssueLinkDeletedEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.inject.Inject;
import javax.inject.Named;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.trace.SuspectLinks;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceNeighbourhood;
import org.eqms.trace.TraceRefusedException;

/**
 * Keeps each traced project's trace graph in step with its Jira issues and issue links, through the project's
 * {@link ProjectTraceMapping} ({@link JiraTraceProjection}); projects without a mapping are left alone.
 *
 * <ul>
 *   <li>Issue deleted ({@code EventType.ISSUE_DELETED_ID}): its item's links are removed (their suspect marks
 *       dropped), then the item.</li>
 *   <li>Issue created, updated, or any other issue event (workflow transitions such as resolve, close or reopen fire
 *       their own event types, and a verification's result lives in its status): the issue is projected again.
 *       <ul>
 *         <li>A new trace item is added, with the issue's mapped Jira links to items already in the trace.</li>
 *         <li>A changed item is saved, and {@link SuspectLinks#onChange} marks the trace downstream of it suspect
 *             (the marks saved in the same transaction). An unchanged item writes nothing.</li>
 *         <li>An issue whose type became unmapped leaves the trace (as if deleted); one whose type now maps to
 *             another role becomes a new item of that role (an item keeps its role for life).</li>
 *         <li>An issue Jira moved to another project (its project is not the project whose trace holds its item,
 *             {@link ProjectStores#projectsHolding}) leaves the old project's trace as if deleted there, and is
 *             projected into its new project when that one is traced.</li>
 *       </ul></li>
 *   <li>Issue link created ({@link IssueLinkCreatedEvent}) of a mapped type: added to the trace when the link rules
 *       allow it. Its ends are added first if they are trace items the trace does not have yet (mapped after they
 *       were created).</li>
 *   <li>Issue link deleted ({@link IssueLinkDeletedEvent}) of a mapped type: removed, with its suspect mark.</li>
 * </ul>
 *
 * <p>Risk analysis: an issue mapped to a hazard or hazardous situation is kept as that ISO 14971 record of the
 * project's risk analysis ({@link RiskRecordSync}), in the transaction of its trace change.
 *
 * <p>Audit: every change to a trace (item added, changed or removed, link added or removed, links marked suspect)
 * is recorded through {@link TraceSyncAudit} in the transaction of the change, the event's user as the actor
 * ({@value #UNKNOWN_ACTOR} when Jira names none).
 *
 * <p>Reads: an event reads only what it needs through the store's lookups by id, never the whole graph: the item,
 * its links, and for a change the downstream closure ({@link TraceNeighbourhood}).
 *
 * <p>Refusals never leave the listener: a Jira link the trace cannot take (the link rules refuse it, an end is not a
 * trace item, it joins two projects) and any failure while applying an event are logged as a warning and recorded
 * as a {@link SyncRefusal} through {@link SyncRefusals} once the event's transaction is over; Jira keeps its change
 * and the trace goes on without it, so the gap analysis reports what is missing. A failed event is rolled back whole
 * and recorded as one {@link SyncRefusal#SYNC_FAILED} (or the trace rule's refusal).
 *
 * <p>Registration: as for Confluence's {@code PageEventListener}, the listener registers with the
 * {@link EventPublisher} when constructed and unregisters in {@link #close()}, which Spring calls when the plugin
 * is disabled or uninstalled.
 */
@Named
public class JiraTraceListener implements AutoCloseable {
    /** The actor of a change when Jira names no user (a service, an import). */
    public static final String UNKNOWN_ACTOR = "jira-system";

    private static final Logger LOG = System.getLogger(JiraTraceListener.class.getName());

    private final EventPublisher eventPublisher;
    private final IssueManager issueManager;
    private final IssueLinkManager issueLinkManager;
    private final ProjectStores stores;
    private final TraceSyncAudit audit;
    private final SyncRefusals refusals;
    private final Clock clock;

    @Inject
    public JiraTraceListener(@ComponentImport EventPublisher eventPublisher, @ComponentImport IssueManager issueManager,
                             @ComponentImport IssueLinkManager issueLinkManager, ProjectStores stores,
                             TraceSyncAudit audit, SyncRefusals refusals) {
        this(eventPublisher, issueManager, issueLinkManager, stores, audit, refusals, Clock.systemUTC());
    }

    public JiraTraceListener(EventPublisher eventPublisher, IssueManager issueManager,
                             IssueLinkManager issueLinkManager, ProjectStores stores, TraceSyncAudit audit,
                             SyncRefusals refusals, Clock clock) {
        this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.issueLinkManager = Objects.requireNonNull(issueLinkManager, "issueLinkManager");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
        this.clock = Objects.requireNonNull(clock, "clock");
        eventPublisher.register(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event == null ? null : event.getIssue();
        if (issue == null || issue.getId() == null) {
            return;
        }
        String projectKey = projectKey(issue);
        String id = JiraTraceProjection.itemId(issue.getId());
        String subject = issue.getKey() == null ? "issue " + issue.getId() : issue.getKey();
        String actor = actor(event.getUser());
        for (String holder : holders(id, subject, actor)) {
            if (!holder.equals(projectKey)) {
                guarded(holder, subject, actor, sync -> stores.inTransaction(() -> sync.store().item(id)
                        .ifPresent(item -> sync.removeItem(item, "The issue moved to "
                                + (projectKey == null ? "no project" : "project " + projectKey) + "."))));
            }
        }
        if (projectKey == null) {
            return;
        }
        guarded(projectKey, subject, actor, sync -> {
            Optional<ProjectTraceMapping> mapping = stores.mapping(projectKey);
            if (mapping.isEmpty()) {
                return;
            }
            if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
                stores.inTransaction(() -> sync.store().item(id)
                        .ifPresent(item -> sync.removeItem(item, "The issue was deleted.")));
            } else {
                issueChanged(sync, new JiraTraceProjection(mapping.get()), issue);
            }
        });
    }

    @EventListener
    public void onIssueLinkCreated(IssueLinkCreatedEvent event) {
        IssueLink link = event == null ? null : event.getIssueLink();
        if (link == null) {
            return;
        }
        Issue source = issue(link.getSourceId());
        String projectKey = projectKey(source);
        if (projectKey == null) {
            return;
        }
        guarded(projectKey, "issue link " + link.getId(), UNKNOWN_ACTOR, sync -> {
            Optional<ProjectTraceMapping> mapping = stores.mapping(projectKey);
            if (mapping.isEmpty()) {
                return;
            }
            JiraTraceProjection projection = new JiraTraceProjection(mapping.get());
            Optional<TraceLink> traceLink = projection.link(link);
            if (traceLink.isEmpty()) {
                return;
            }
            Issue destination = issue(link.getDestinationId());
            if (destination == null) {
                return;
            }
            String subject = describe(traceLink.get(), source, destination);
            if (!projectKey.equals(projectKey(destination))) {
                sync.refuse(subject, SyncRefusal.CROSS_PROJECT_LINK, "The link " + subject + " joins project "
                        + projectKey + " to project " + projectKey(destination) + "; each project's trace is its own.",
                        "Link issues of the same project, or trace the other project's item through an item of this one.");
                return;
            }
            stores.inTransaction(() -> {
                TraceGraph near = TraceNeighbourhood.among(sync.store(), List.of(traceLink.get().from(),
                        traceLink.get().to()));
                List<TraceItem> added = new ArrayList<>();
                boolean ends = ensureItem(sync, projection, near, source, subject, added)
                        & ensureItem(sync, projection, near, destination, subject, added);
                if (ends) {
                    sync.addLink(near, traceLink.get(), subject);
                }
                added.forEach(sync::recordRisk);
            });
        });
    }

    @EventListener
    public void onIssueLinkDeleted(IssueLinkDeletedEvent event) {
        IssueLink link = event == null ? null : event.getIssueLink();
        if (link == null) {
            return;
        }
        Issue end = issue(link.getSourceId());
        if (end == null) {
            end = issue(link.getDestinationId());
        }
        String projectKey = projectKey(end);
        if (projectKey == null) {
            return;
        }
        guarded(projectKey, "issue link " + link.getId(), UNKNOWN_ACTOR, sync -> {
            Optional<TraceLink> traceLink = stores.mapping(projectKey).map(JiraTraceProjection::new)
                    .flatMap(p -> p.link(link));
            if (traceLink.isEmpty()) {
                return;
            }
            stores.inTransaction(() -> {
                if (sync.store().linksOf(traceLink.get().from()).contains(traceLink.get())) {
                    sync.removeLink(traceLink.get(), "The issue link was deleted.");
                }
            });
        });
    }

    /** Unregisters from the event publisher (Spring calls it when the plugin stops). */
    @Override
    public void close() {
        eventPublisher.unregister(this);
    }

    private void issueChanged(TraceSync sync, JiraTraceProjection projection, Issue issue) {
        String id = JiraTraceProjection.itemId(issue.getId());
        Optional<TraceItem> stored = sync.store().item(id);
        Optional<TraceItem> after = projection.item(issue, stored.orElse(null));
        if (after.isEmpty()) {
            if (stored.isPresent()) {
                stores.inTransaction(() -> sync.removeItem(stored.get(), "The issue's type is not mapped to a role"
                        + " (any more)."));
            }
            return;
        }
        if (stored.isPresent() && stored.get().equals(after.get())) {
            return;
        }
        stores.inTransaction(() -> {
            if (stored.isPresent() && stored.get().role() == after.get().role()) {
                sync.changeItem(stored.get(), after.get());
                return;
            }
            if (stored.isPresent()) {
                sync.removeItem(stored.get(), "The issue's type now maps to role " + after.get().role()
                        + "; an item keeps its role, so the issue becomes a new item.");
            }
            sync.addItem(after.get());
            addJiraLinks(sync, projection, issue);
            sync.recordRisk(after.get());
        });
    }

    /** Adds the issue's mapped Jira links whose other end is already in the trace (an item new to the trace). */
    private void addJiraLinks(TraceSync sync, JiraTraceProjection projection, Issue issue) {
        List<IssueLink> jiraLinks = new ArrayList<>();
        Optional.ofNullable(issueLinkManager.getOutwardLinks(issue.getId())).ifPresent(jiraLinks::addAll);
        Optional.ofNullable(issueLinkManager.getInwardLinks(issue.getId())).ifPresent(jiraLinks::addAll);
        List<TraceLink> links = jiraLinks.stream().map(projection::link).flatMap(Optional::stream).toList();
        if (links.isEmpty()) {
            return;
        }
        Set<String> ends = new LinkedHashSet<>();
        links.forEach(l -> {
            ends.add(l.from());
            ends.add(l.to());
        });
        TraceGraph near = TraceNeighbourhood.among(sync.store(), ends);
        for (TraceLink link : links) {
            if (near.contains(link.from()) && near.contains(link.to())) {
                sync.addLink(near, link, describe(link, near));
            }
        }
    }

    /**
     * Whether the issue is an item of the graph, adding it when it is a trace item the trace does not have yet;
     * records a refusal when it is not a trace item.
     */
    private boolean ensureItem(TraceSync sync, JiraTraceProjection projection, TraceGraph near, Issue issue,
                               String subject, List<TraceItem> added) {
        String id = JiraTraceProjection.itemId(issue.getId());
        if (near.contains(id)) {
            return true;
        }
        Optional<TraceItem> item = projection.item(issue);
        if (item.isEmpty()) {
            String type = issue.getIssueType() == null ? "no type" : "type " + issue.getIssueType().getName() + " ("
                    + issue.getIssueType().getId() + ")";
            sync.refuse(subject, SyncRefusal.NOT_A_TRACE_ITEM, "The link " + subject + " is not traced: "
                    + issue.getKey() + " is of " + type + ", which the trace mapping of project " + sync.projectKey()
                    + " does not map to a role.", "Map the issue type in the project's trace mapping, or link a "
                    + "trace item instead.");
            return false;
        }
        near.add(item.get());
        sync.addItem(item.get());
        added.add(item.get());
        return true;
    }

    /** The projects whose trace holds the item; none when that cannot be read (recorded as a failure). */
    private List<String> holders(String id, String subject, String actor) {
        try {
            return stores.projectsHolding(id);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Could not find the trace holding " + subject, e);
            return List.of();
        }
    }

    /**
     * Applies one event to one project's trace. Refusals collected while applying it are recorded once it is over;
     * when it fails, its transaction was rolled back and only the failure is recorded.
     */
    private void guarded(String projectKey, String subject, String actor, Consumer<TraceSync> work) {
        TraceSync sync = new TraceSync(projectKey, actor, stores, audit, clock);
        List<SyncRefusal> refused;
        try {
            work.accept(sync);
            refused = sync.refused();
        } catch (TraceRefusedException e) {
            refused = List.of(sync.refusal(subject, e.code(), e.getMessage(), e.hint()));
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Trace sync of " + subject + " in project " + projectKey + " failed", e);
            refused = List.of(sync.refusal(subject, SyncRefusal.SYNC_FAILED, "The trace of project " + projectKey
                    + " could not follow the change of " + subject + ": " + e, "Check the server log; "
                    + "re-save the issue or link once the cause is fixed."));
        }
        refused.forEach(this::record);
    }

    private void record(SyncRefusal refusal) {
        LOG.log(Level.WARNING, "Trace of project {0} did not follow {1}: {2} ({3}) {4}", refusal.projectKey(),
                refusal.subject(), refusal.code(), refusal.message(), refusal.hint());
        try {
            refusals.record(refusal);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Could not record the trace sync refusal " + refusal, e);
        }
    }

    private Issue issue(Long id) {
        return id == null ? null : issueManager.getIssueObject(id);
    }

    private static String projectKey(Issue issue) {
        Project project = issue == null ? null : issue.getProjectObject();
        return project == null ? null : project.getKey();
    }

    private static String actor(ApplicationUser user) {
        return user == null || user.getKey() == null || user.getKey().isBlank() ? UNKNOWN_ACTOR : user.getKey();
    }

    private static String describe(TraceLink link, Issue source, Issue destination) {
        String sourceId = JiraTraceProjection.itemId(source.getId());
        String from = link.from().equals(sourceId) ? source.getKey() : destination.getKey();
        String to = link.from().equals(sourceId) ? destination.getKey() : source.getKey();
        return from + " —" + link.type() + "→ " + to;
    }

    private static String describe(TraceLink link, TraceGraph graph) {
        return graph.require(link.from()).key() + " —" + link.type() + "→ " + graph.require(link.to()).key();
    }
}
