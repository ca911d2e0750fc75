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
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.inject.Inject;
import javax.inject.Named;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.trace.SuspectLinkStore;
import org.eqms.trace.SuspectLinks;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceGraphStore;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;
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
 *             (the marks saved in the same transaction); the event's user is the actor ({@value #UNKNOWN_ACTOR}
 *             when Jira names none). An unchanged item writes nothing.</li>
 *         <li>An issue whose type became unmapped leaves the trace (as if deleted); one whose type now maps to
 *             another role becomes a new item of that role (an item keeps its role for life).</li>
 *       </ul></li>
 *   <li>Issue link created ({@link IssueLinkCreatedEvent}) of a mapped type: added to the trace when the link rules
 *       allow it. Its ends are added first if they are trace items the trace does not have yet (mapped after they
 *       were created).</li>
 *   <li>Issue link deleted ({@link IssueLinkDeletedEvent}) of a mapped type: removed, with its suspect mark.</li>
 * </ul>
 *
 * <p>Refusals never leave the listener: a Jira link the trace cannot take (the link rules refuse it, an end is not a
 * trace item, it joins two projects) and any failure while applying an event are logged as a warning and recorded
 * as a {@link SyncRefusal} through {@link SyncRefusals}; Jira keeps its change and the trace goes on without it, so
 * the gap analysis reports what is missing.
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
    private final SyncRefusals refusals;
    private final Clock clock;

    @Inject
    public JiraTraceListener(@ComponentImport EventPublisher eventPublisher, @ComponentImport IssueManager issueManager,
                             @ComponentImport IssueLinkManager issueLinkManager, ProjectStores stores,
                             SyncRefusals refusals) {
        this(eventPublisher, issueManager, issueLinkManager, stores, refusals, Clock.systemUTC());
    }

    public JiraTraceListener(EventPublisher eventPublisher, IssueManager issueManager,
                             IssueLinkManager issueLinkManager, ProjectStores stores, SyncRefusals refusals,
                             Clock clock) {
        this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
        this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
        this.issueLinkManager = Objects.requireNonNull(issueLinkManager, "issueLinkManager");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
        this.clock = Objects.requireNonNull(clock, "clock");
        eventPublisher.register(this);
    }

    @EventListener
    public void onIssueEvent(IssueEvent event) {
        Issue issue = event == null ? null : event.getIssue();
        String projectKey = projectKey(issue);
        if (projectKey == null || issue.getId() == null) {
            return;
        }
        String subject = issue.getKey() == null ? "issue " + issue.getId() : issue.getKey();
        guarded(projectKey, subject, () -> {
            Optional<ProjectTraceMapping> mapping = stores.mapping(projectKey);
            if (mapping.isEmpty()) {
                return;
            }
            if (EventType.ISSUE_DELETED_ID.equals(event.getEventTypeId())) {
                issueDeleted(projectKey, JiraTraceProjection.itemId(issue.getId()));
            } else {
                issueChanged(projectKey, new JiraTraceProjection(mapping.get()), issue, actor(event.getUser()));
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
        guarded(projectKey, "issue link " + link.getId(), () -> {
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
                refuse(projectKey, subject, SyncRefusal.CROSS_PROJECT_LINK, "The link " + subject + " joins project "
                        + projectKey + " to project " + projectKey(destination) + "; each project's trace is its own.",
                        "Link issues of the same project, or trace the other project's item through an item of this one.");
                return;
            }
            TraceGraphStore store = stores.traceGraph(projectKey);
            stores.inTransaction(() -> {
                TraceGraph graph = TraceGraph.load(store);
                boolean ends = ensureItem(projectKey, projection, graph, store, source, subject)
                        & ensureItem(projectKey, projection, graph, store, destination, subject);
                if (ends) {
                    addLink(projectKey, graph, store, traceLink.get(), subject);
                }
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
        guarded(projectKey, "issue link " + link.getId(), () -> {
            Optional<TraceLink> traceLink = stores.mapping(projectKey).map(JiraTraceProjection::new)
                    .flatMap(p -> p.link(link));
            if (traceLink.isEmpty()) {
                return;
            }
            TraceGraphStore store = stores.traceGraph(projectKey);
            stores.inTransaction(() -> {
                boolean stored;
                try (Stream<TraceLink> links = store.links()) {
                    stored = links.anyMatch(traceLink.get()::equals);
                }
                if (stored) {
                    store.deleteLink(traceLink.get());
                    stores.suspects(projectKey).forget(traceLink.get());
                }
            });
        });
    }

    /** Unregisters from the event publisher (Spring calls it when the plugin stops). */
    @Override
    public void close() {
        eventPublisher.unregister(this);
    }

    private void issueChanged(String projectKey, JiraTraceProjection projection, Issue issue, String actor) {
        TraceGraphStore store = stores.traceGraph(projectKey);
        String id = JiraTraceProjection.itemId(issue.getId());
        Optional<TraceItem> stored = find(store, id);
        Optional<TraceItem> after = projection.item(issue, stored.orElse(null));
        if (after.isEmpty()) {
            if (stored.isPresent()) {
                issueDeleted(projectKey, id);
            }
            return;
        }
        if (stored.isPresent() && stored.get().equals(after.get())) {
            return;
        }
        stores.inTransaction(() -> {
            TraceGraph graph = TraceGraph.load(store);
            if (stored.isPresent() && stored.get().role() != after.get().role()) {
                removeItem(projectKey, graph, store, id);
            }
            if (!graph.contains(id)) {
                graph.add(after.get());
                store.saveItem(after.get());
                addJiraLinks(projectKey, projection, graph, store, issue);
                return;
            }
            SuspectLinkStore suspects = stores.suspects(projectKey);
            SuspectLinks suspectLinks;
            try (Stream<SuspectMark> marks = suspects.marks()) {
                suspectLinks = new SuspectLinks(clock, marks.toList());
            }
            List<SuspectMark> added = suspectLinks.onChange(graph, graph.require(id), after.get(), actor);
            graph.replace(after.get());
            store.saveItem(after.get());
            if (!added.isEmpty()) {
                suspects.saveMarks(added);
            }
        });
    }

    private void issueDeleted(String projectKey, String id) {
        TraceGraphStore store = stores.traceGraph(projectKey);
        if (find(store, id).isEmpty()) {
            return;
        }
        stores.inTransaction(() -> removeItem(projectKey, TraceGraph.load(store), store, id));
    }

    /** Removes an item and its links from the graph and the store, dropping the links' suspect marks. */
    private void removeItem(String projectKey, TraceGraph graph, TraceGraphStore store, String id) {
        SuspectLinkStore suspects = stores.suspects(projectKey);
        List<TraceLink> links = new ArrayList<>(graph.outgoing(id));
        links.addAll(graph.incoming(id));
        for (TraceLink link : links) {
            graph.unlink(link);
            store.deleteLink(link);
            suspects.forget(link);
        }
        graph.remove(id);
        store.deleteItem(id);
    }

    /** Adds the issue's mapped Jira links whose other end is already in the trace (an item new to the trace). */
    private void addJiraLinks(String projectKey, JiraTraceProjection projection, TraceGraph graph,
                              TraceGraphStore store, Issue issue) {
        List<IssueLink> jiraLinks = new ArrayList<>();
        Optional.ofNullable(issueLinkManager.getOutwardLinks(issue.getId())).ifPresent(jiraLinks::addAll);
        Optional.ofNullable(issueLinkManager.getInwardLinks(issue.getId())).ifPresent(jiraLinks::addAll);
        for (IssueLink jiraLink : jiraLinks) {
            Optional<TraceLink> link = projection.link(jiraLink);
            if (link.isPresent() && graph.contains(link.get().from()) && graph.contains(link.get().to())) {
                addLink(projectKey, graph, store, link.get(), describe(link.get(), graph));
            }
        }
    }

    private void addLink(String projectKey, TraceGraph graph, TraceGraphStore store, TraceLink link, String subject) {
        if (graph.contains(link)) {
            return;
        }
        try {
            graph.link(link);
        } catch (TraceRefusedException e) {
            refuse(projectKey, subject, e.code(), e.getMessage(), e.hint());
            return;
        }
        store.saveLink(link);
    }

    /**
     * Whether the issue is an item of the graph, adding it when it is a trace item the trace does not have yet;
     * records a refusal when it is not a trace item.
     */
    private boolean ensureItem(String projectKey, JiraTraceProjection projection, TraceGraph graph,
                               TraceGraphStore store, Issue issue, String subject) {
        String id = JiraTraceProjection.itemId(issue.getId());
        if (graph.contains(id)) {
            return true;
        }
        Optional<TraceItem> item = projection.item(issue);
        if (item.isEmpty()) {
            String type = issue.getIssueType() == null ? "no type" : "type " + issue.getIssueType().getName() + " ("
                    + issue.getIssueType().getId() + ")";
            refuse(projectKey, subject, SyncRefusal.NOT_A_TRACE_ITEM, "The link " + subject + " is not traced: "
                    + issue.getKey() + " is of " + type + ", which the trace mapping of project " + projectKey
                    + " does not map to a role.", "Map the issue type in the project's trace mapping, or link a "
                    + "trace item instead.");
            return false;
        }
        graph.add(item.get());
        store.saveItem(item.get());
        return true;
    }

    private void guarded(String projectKey, String subject, Runnable work) {
        try {
            work.run();
        } catch (TraceRefusedException e) {
            refuse(projectKey, subject, e.code(), e.getMessage(), e.hint());
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Trace sync of " + subject + " in project " + projectKey + " failed", e);
            refuse(projectKey, subject, SyncRefusal.SYNC_FAILED, "The trace of project " + projectKey
                    + " could not follow the change of " + subject + ": " + e, "Check the server log; "
                    + "re-save the issue or link once the cause is fixed.");
        }
    }

    private void refuse(String projectKey, String subject, String code, String message, String hint) {
        SyncRefusal refusal = new SyncRefusal(projectKey, subject, code, message, hint, clock.instant());
        LOG.log(Level.WARNING, "Trace of project {0} did not follow {1}: {2} ({3}) {4}", projectKey, subject, code,
                message, hint);
        try {
            refusals.record(refusal);
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Could not record the trace sync refusal " + refusal, e);
        }
    }

    private Issue issue(Long id) {
        return id == null ? null : issueManager.getIssueObject(id);
    }

    private static Optional<TraceItem> find(TraceGraphStore store, String id) {
        try (Stream<TraceItem> items = store.items()) {
            return items.filter(i -> i.id().equals(id)).findFirst();
        }
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
