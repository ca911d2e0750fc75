package org.eqms.jira.product;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditedObject;

/**
 * Port: the audit trail of the changes the Jira sync makes: to a project's trace (the actions of
 * {@code org.eqms.jira.app.TraceActions}, on the project) and to its risk analysis (those of
 * {@code org.eqms.jira.app.RiskAnalysis}, on the hazard or hazardous situation). {@link #record} joins the
 * transaction the listener runs the change in ({@link ProjectStores#inTransaction}), so a change and its audit record
 * commit or roll back together.
 */
@FunctionalInterface
public interface TraceSyncAudit {

    void record(AuditedObject object, String actorKey, String action, AuditData data);
}
