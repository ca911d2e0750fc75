package org.eqms.sandbox.jira;

import org.eqms.jira.product.SyncRefusal;
import org.eqms.jira.product.SyncRefusals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The app's record of what its trace listener did not take ({@link SyncRefusals}, audited by the app as in Jira), and
 * also handed back to the sandbox call whose event caused it, so the REST answer and the page can say why the trace
 * did not follow (Jira keeps its change either way).
 */
final class TraceRefusalCollector implements SyncRefusals {
    private final SyncRefusals app;
    private final ThreadLocal<List<SyncRefusal>> current = new ThreadLocal<>();

    TraceRefusalCollector(SyncRefusals app) {
        this.app = Objects.requireNonNull(app, "app");
    }

    @Override
    public void record(SyncRefusal refusal) {
        app.record(refusal);
        List<SyncRefusal> collecting = current.get();
        if (collecting != null) {
            collecting.add(refusal);
        }
    }

    /** Runs the publishing of an event; the refusals recorded meanwhile on this thread. */
    List<SyncRefusal> during(Runnable publishing) {
        List<SyncRefusal> collected = new ArrayList<>();
        current.set(collected);
        try {
            publishing.run();
        } finally {
            current.remove();
        }
        return List.copyOf(collected);
    }

}
