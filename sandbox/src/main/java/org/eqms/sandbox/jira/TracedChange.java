package org.eqms.sandbox.jira;

import org.eqms.jira.product.SyncRefusal;

import java.util.List;

/** What a change to the sandbox's issues made, and what the app's trace listener refused of it (Jira kept it). */
public record TracedChange<T>(T value, List<SyncRefusal> traceRefusals) {
    public TracedChange {
        traceRefusals = List.copyOf(traceRefusals);
    }
}
