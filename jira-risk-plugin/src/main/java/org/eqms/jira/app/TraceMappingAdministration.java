package org.eqms.jira.app;

import org.eqms.audit.Actor;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.ProjectTraceMappingJson;
import org.eqms.jira.mapping.ProjectTraceMappingStore;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A project's trace mapping as its administrators change it: saved over the revision they read (a concurrent save
 * is refused by the store) in one transaction with its audit entry, which records the old and the new mapping.
 */
public final class TraceMappingAdministration {
    public static final String OBJECT_TYPE = "eqms.trace-mapping";
    public static final String SAVED = "trace.mapping.saved";

    private final ProjectTraceMappingStore store;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Function<String, Actor> actors;

    public TraceMappingAdministration(ProjectTraceMappingStore store, AuditTrail audit, Transactions transactions,
                                      Function<String, Actor> actors) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.actors = Objects.requireNonNull(actors, "actors");
    }

    public Optional<ProjectTraceMapping> current(String projectKey) {
        return store.current(projectKey);
    }

    /** Saves {@code proposed} as the revision after the one it was edited from ({@code proposed.revision()}). */
    public ProjectTraceMapping save(ProjectTraceMapping proposed, String actorKey, String clientIp) {
        ProjectTraceMapping saved = transactions.inTransaction(() -> {
            Optional<ProjectTraceMapping> before = store.current(proposed.projectKey());
            ProjectTraceMapping next = store.save(proposed, proposed.revision());
            audit.record(actors.apply(actorKey), SAVED, new AuditedObject(OBJECT_TYPE, proposed.projectKey(),
                            next.revision()),
                    AuditData.empty().change("mapping", before.map(ProjectTraceMappingJson::toText).orElse(null),
                            ProjectTraceMappingJson.toText(next)).clientIp(clientIp));
            return next;
        });
        audit.flush();
        return saved;
    }
}
