package org.eqms.jira.product;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditedObject;
import org.eqms.jira.app.RiskAnalysis;
import org.eqms.jira.app.TraceActions;

/** A {@link TraceSyncAudit} that keeps what it was given, with the in-memory transaction it was given in. */
final class RecordedAudit implements TraceSyncAudit {
    /**
     * One audit record: {@code projectKey} is the object's id up to its first slash (a trace project, or the
     * project of a risk record); {@code transaction} is the number of the store transaction it joined, 0 for none.
     */
    record Entry(AuditedObject object, String projectKey, String actorKey, String action, JsonNode data,
                 int transaction) {
    }

    final List<Entry> entries = new ArrayList<>();
    private final InMemoryProjectStores stores;

    RecordedAudit(InMemoryProjectStores stores) {
        this.stores = stores;
    }

    @Override
    public void record(AuditedObject object, String actorKey, String action, AuditData data) {
        entries.add(new Entry(object, object.id().split("/")[0], actorKey, action, data.toJson(), stores.open));
    }

    /** The records on trace projects. */
    List<Entry> trace() {
        return entries.stream().filter(e -> e.object().type().equals(TraceActions.OBJECT_TYPE)).toList();
    }

    /** The records on risk analysis records (hazards, hazardous situations). */
    List<Entry> risk() {
        return entries.stream().filter(e -> e.object().type().equals(RiskAnalysis.OBJECT_TYPE)).toList();
    }

    /** The actions of the records on trace projects. */
    List<String> actions() {
        return trace().stream().map(Entry::action).toList();
    }
}
