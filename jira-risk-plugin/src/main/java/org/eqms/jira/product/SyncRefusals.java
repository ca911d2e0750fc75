package org.eqms.jira.product;

/**
 * Port: where the trace sync records the Jira changes it did not follow ({@link SyncRefusal}). The listener logs each
 * one as a warning as well; an implementation keeps them so the project's trace page can list them.
 */
@FunctionalInterface
public interface SyncRefusals {

    /** Records nothing beyond the listener's own log line. */
    SyncRefusals LOG_ONLY = refusal -> {
    };

    void record(SyncRefusal refusal);
}
