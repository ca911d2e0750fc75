package org.eqms.jira.product;

/**
 * Port: where the trace sync records the Jira changes it did not follow ({@link SyncRefusal}). The listener logs each
 * one as a warning as well; an implementation keeps them so the project's trace page can list them
 * (in the app: an audit entry {@code trace.sync.refused}, so an auditor sees what the trace did not take). Called
 * after the event's transaction, never inside it.
 */
@FunctionalInterface
public interface SyncRefusals {

    /** Records nothing beyond the listener's own log line. */
    SyncRefusals LOG_ONLY = refusal -> {
    };

    void record(SyncRefusal refusal);
}
