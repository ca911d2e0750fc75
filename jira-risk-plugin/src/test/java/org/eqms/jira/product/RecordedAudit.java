package org.eqms.jira.product;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.eqms.audit.AuditData;

/** A {@link TraceSyncAudit} that keeps what it was given, with the in-memory transaction it was given in. */
final class RecordedAudit implements TraceSyncAudit {
    /** One audit record: {@code transaction} is the number of the store transaction it joined, 0 for none. */
    record Entry(String projectKey, String actorKey, String action, JsonNode data, int transaction) {
    }

    final List<Entry> entries = new ArrayList<>();
    private final InMemoryProjectStores stores;

    RecordedAudit(InMemoryProjectStores stores) {
        this.stores = stores;
    }

    @Override
    public void record(String projectKey, String actorKey, String action, AuditData data) {
        entries.add(new Entry(projectKey, actorKey, action, data.toJson(), stores.open));
    }

    List<String> actions() {
        return entries.stream().map(Entry::action).toList();
    }
}
