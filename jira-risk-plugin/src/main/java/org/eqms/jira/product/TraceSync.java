package org.eqms.jira.product;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditedObject;
import org.eqms.jira.app.TraceActions;
import org.eqms.trace.SuspectLinkStore;
import org.eqms.trace.SuspectLinks;
import org.eqms.trace.SuspectMark;
import org.eqms.trace.TraceGraph;
import org.eqms.trace.TraceGraphStore;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceItemHash;
import org.eqms.trace.TraceLink;
import org.eqms.trace.TraceNeighbourhood;
import org.eqms.trace.TraceRefusedException;

/**
 * The changes one Jira event makes to one project's trace, each written to the project's stores and recorded through
 * {@link TraceSyncAudit} with the event's user as actor (the caller runs them in one transaction), and the refusals
 * it collected. Reads only what a change needs ({@link TraceNeighbourhood}).
 */
final class TraceSync {
    private final String projectKey;
    private final String actor;
    private final ProjectStores stores;
    private final TraceSyncAudit audit;
    private final Clock clock;
    private final List<SyncRefusal> refused = new ArrayList<>();
    private final RiskRecordSync risks;

    TraceSync(String projectKey, String actor, ProjectStores stores, TraceSyncAudit audit, Clock clock) {
        this.projectKey = Objects.requireNonNull(projectKey, "projectKey");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.risks = new RiskRecordSync(projectKey, actor, stores, audit, this::refuse);
    }

    String projectKey() {
        return projectKey;
    }

    /** The project's graph store (looked up when a change needs it: an untraced project gets none). */
    TraceGraphStore store() {
        return stores.traceGraph(projectKey);
    }

    private SuspectLinkStore suspects() {
        return stores.suspects(projectKey);
    }

    /** Adds an item; its risk record follows with {@link #recordRisk} once its links are in. */
    void addItem(TraceItem item) {
        store().saveItem(item);
        audit(TraceActions.ITEM_ADDED, item(item).put("contentHash", TraceItemHash.of(item)));
    }

    /** Records a hazard or hazardous situation in the project's risk analysis ({@link RiskRecordSync}). */
    void recordRisk(TraceItem item) {
        risks.saved(store(), item);
    }

    /**
     * Saves the new state of an item (same role) and marks the trace downstream of it suspect, through the real
     * rule on the item's downstream closure.
     */
    void changeItem(TraceItem before, TraceItem after) {
        TraceGraph downstream = TraceNeighbourhood.downstream(store(), after.id());
        Set<TraceLink> closure = SuspectLinks.downstreamClosure(downstream, after.id());
        SuspectLinks rule = new SuspectLinks(clock, closure.isEmpty() ? List.of() : suspects().marksOn(closure));
        List<SuspectMark> marked = rule.onChange(downstream, before, after, actor);
        store().saveItem(after);
        AuditData data = item(after).change("contentHash", TraceItemHash.of(before), TraceItemHash.of(after));
        changed(data, "key", before.key(), after.key());
        changed(data, "title", before.title(), after.title());
        changed(data, "status", name(before.status()), name(after.status()));
        for (String field : union(before.fields(), after.fields())) {
            changed(data, "fields." + field, before.fields().get(field), after.fields().get(field));
        }
        audit(TraceActions.ITEM_CHANGED, data);
        recordRisk(after);
        if (!marked.isEmpty()) {
            suspects().saveMarks(marked);
            ArrayNode links = JsonNodeFactory.instance.arrayNode();
            marked.forEach(m -> links.addObject().put("from", m.link().from()).put("type", m.link().type().name())
                    .put("to", m.link().to()));
            audit(TraceActions.LINKS_SUSPECTED, AuditData.empty().put("changedItemId", after.id())
                    .put("changedItemKey", after.key()).put("count", marked.size()).put("links", links));
        }
    }

    /** Removes the item's links (dropping their suspect marks), then the item. */
    void removeItem(TraceItem item, String reason) {
        List<TraceLink> links = store().linksOf(item.id());
        Set<TraceLink> suspect = links.isEmpty() ? Set.of() : suspects().marksOn(links).stream()
                .map(SuspectMark::link).collect(Collectors.toSet());
        for (TraceLink link : links) {
            removeLink(link, suspect.contains(link), "Its item " + item.key() + " left the trace. " + reason);
        }
        store().deleteItem(item.id());
        audit(TraceActions.ITEM_REMOVED, item(item).put("contentHash", TraceItemHash.of(item)).reason(reason));
        risks.removed(item);
    }

    /** Removes a stored link deleted in Jira, with its suspect mark; a situation's risk record follows. */
    void removeLink(TraceLink link, String reason) {
        removeLink(link, !suspects().marksOn(List.of(link)).isEmpty(), reason);
        risks.linkChanged(store(), link);
    }

    private void removeLink(TraceLink link, boolean suspect, String reason) {
        store().deleteLink(link);
        if (suspect) {
            suspects().forget(link);
        }
        audit(TraceActions.LINK_REMOVED, link(link).put("suspectMarkDropped", suspect).reason(reason));
    }

    /**
     * Adds a link between two items of {@code near} when the link rules allow it; records a refusal when they do
     * not; a stored link changes nothing.
     */
    void addLink(TraceGraph near, TraceLink link, String subject) {
        if (near.contains(link)) {
            return;
        }
        try {
            near.link(link);
        } catch (TraceRefusedException e) {
            refuse(subject, e.code(), e.getMessage(), e.hint());
            return;
        }
        store().saveLink(link);
        audit(TraceActions.LINK_ADDED, link(link).put("fromKey", near.require(link.from()).key())
                .put("toKey", near.require(link.to()).key()));
        risks.linkChanged(store(), link);
    }

    void refuse(String subject, String code, String message, String hint) {
        refused.add(refusal(subject, code, message, hint));
    }

    SyncRefusal refusal(String subject, String code, String message, String hint) {
        return new SyncRefusal(projectKey, subject, code, message, hint, clock.instant(), actor);
    }

    List<SyncRefusal> refused() {
        return List.copyOf(refused);
    }

    private void audit(String action, AuditData data) {
        audit.record(AuditedObject.of(TraceActions.OBJECT_TYPE, projectKey), actor, action, data);
    }

    private static AuditData item(TraceItem item) {
        return AuditData.empty().put("itemId", item.id()).put("key", item.key()).put("role", item.role().name());
    }

    private static AuditData link(TraceLink link) {
        return AuditData.empty().put("from", link.from()).put("type", link.type().name()).put("to", link.to());
    }

    private static void changed(AuditData data, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            data.change(field, before, after);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }
}
