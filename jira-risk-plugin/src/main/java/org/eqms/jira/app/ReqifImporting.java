package org.eqms.jira.app;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.audit.canonical.Sha256;
import org.eqms.trace.SuspectLinkStore;
import org.eqms.trace.SuspectLinks;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceGraphStore;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceItemHash;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceRefusal;
import org.eqms.trace.TraceRefusedException;
import org.eqms.trace.reqif.ReqifDocument;
import org.eqms.trace.reqif.ReqifImportPlan;
import org.eqms.trace.reqif.ReqifTraceImport;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Applies a ReqIF import to a project's trace ({@link ReqifTraceImport} says what it does): all of it in one
 * transaction or nothing. Downstream links of an item whose content the file changes become suspect, as for a
 * change made in Jira; links the import adds are not. Each added or changed item has its own audit entry
 * ({@value TraceActions#ITEM_IMPORTED}, with its content hash before and after), and the import one on the project
 * ({@value TraceActions#REQIF_IMPORTED}, with the file's SHA-256 and the counts).
 */
public final class ReqifImporting {
    private final TraceStores stores;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Function<String, Actor> actors;
    private final Clock clock;

    public ReqifImporting(TraceStores stores, AuditTrail audit, Transactions transactions,
                          Function<String, Actor> actors, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.actors = Objects.requireNonNull(actors, "actors");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Imports the file.
     *
     * @throws TraceRefusedException ({@link TraceRefusal#REQIF_NOT_IMPORTABLE}) when the plan has problems; nothing
     *                               is changed
     */
    public ReqifImportPlan apply(String projectKey, ReqifDocument document, byte[] file, ReqifTraceImport rule,
                                 String actorKey, String clientIp) {
        TraceGraphStore store = stores.graph(projectKey);
        TraceGraph graph = TraceGraph.load(store);
        ReqifImportPlan plan = rule.plan(document, graph);
        if (!plan.applicable()) {
            throw new TraceRefusedException(TraceRefusal.REQIF_NOT_IMPORTABLE, "The ReqIF file cannot be imported: "
                    + String.join(" ", plan.problems()), "Preview the import, correct the file or map its types, "
                    + "and import again.");
        }
        Actor actor = actors.apply(actorKey);
        transactions.run(() -> {
            SuspectLinkStore suspects = stores.suspects(projectKey);
            SuspectLinks suspectLinks;
            try (Stream<SuspectMark> marks = suspects.marks()) {
                suspectLinks = new SuspectLinks(clock, marks.toList());
            }
            List<SuspectMark> marked = new ArrayList<>();
            for (ReqifImportPlan.Change change : plan.changed()) {
                marked.addAll(suspectLinks.onChange(graph, change.before(), change.after(), actorKey));
                graph.replace(change.after());
                store.saveItem(change.after());
                itemAudited(projectKey, actor, change.after(), TraceItemHash.of(change.before()), clientIp);
            }
            for (TraceItem item : plan.added()) {
                graph.add(item);
                store.saveItem(item);
                itemAudited(projectKey, actor, item, null, clientIp);
            }
            for (TraceLink link : plan.links()) {
                graph.link(link);
                store.saveLink(link);
            }
            if (!marked.isEmpty()) {
                suspects.saveMarks(marked);
            }
            audit.record(actor, TraceActions.REQIF_IMPORTED, AuditedObject.of(TraceActions.OBJECT_TYPE, projectKey),
                    AuditData.empty().put("sha256", Sha256.hex(file)).put("title", document.title())
                            .put("added", plan.added().size()).put("changed", plan.changed().size())
                            .put("unchanged", plan.unchanged()).put("heldInJira", plan.heldInJira().size())
                            .put("linksAdded", plan.links().size()).put("linksMarkedSuspect", marked.size())
                            .clientIp(clientIp));
        });
        audit.flush();
        return plan;
    }

    private void itemAudited(String projectKey, Actor actor, TraceItem item, String hashBefore, String clientIp) {
        audit.record(actor, TraceActions.ITEM_IMPORTED, AuditedObject.of(TraceActions.ITEM_OBJECT_TYPE,
                        projectKey + "/" + item.id()),
                AuditData.empty().put("key", item.key()).put("role", item.role().name())
                        .change("contentHash", hashBefore, TraceItemHash.of(item)).clientIp(clientIp));
    }
}
