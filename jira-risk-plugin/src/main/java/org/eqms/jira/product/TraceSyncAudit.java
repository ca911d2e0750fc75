package org.eqms.jira.product;

import org.eqms.audit.AuditData;

/**
 * Port: the audit trail of the changes the Jira sync makes to a project's trace (the actions of
 * {@code org.eqms.jira.app.TraceActions}, on the project). {@link #record} joins the transaction the listener runs the
 * change in ({@link ProjectStores#inTransaction}), so a change and its audit record commit or roll back together.
 */
@FunctionalInterface
public interface TraceSyncAudit {

    /** Records nothing (for tests of the projection alone). */
    TraceSyncAudit NONE = (projectKey, actorKey, action, data) -> {
    };

    void record(String projectKey, String actorKey, String action, AuditData data);
}
