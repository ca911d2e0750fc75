package org.eqms.jira.wiring;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.jira.app.TraceStores;
import org.eqms.jira.store.AoClassificationSchemeStore;
import org.eqms.jira.store.AoSoupRegisterStore;
import org.eqms.jira.store.AoSuspectLinkStore;
import org.eqms.jira.store.AoTraceBaselineStore;
import org.eqms.jira.store.AoTraceGraphStore;
import org.eqms.trace.ClassificationSchemeStore;
import org.eqms.trace.SoupRegisterStore;
import org.eqms.trace.SuspectLinkStore;
import org.eqms.trace.TraceBaselineStore;
import org.eqms.trace.TraceGraphStore;

import java.util.Objects;

/** {@link TraceStores} on Active Objects: a project's stores are views of the app's tables for that project. */
public final class AoTraceStores implements TraceStores {
    private final ActiveObjects ao;

    public AoTraceStores(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public TraceGraphStore graph(String projectKey) {
        return new AoTraceGraphStore(ao, projectKey);
    }

    @Override
    public SuspectLinkStore suspects(String projectKey) {
        return new AoSuspectLinkStore(ao, projectKey);
    }

    @Override
    public SoupRegisterStore soup(String projectKey) {
        return new AoSoupRegisterStore(ao, projectKey);
    }

    @Override
    public TraceBaselineStore baselines(String projectKey) {
        return new AoTraceBaselineStore(ao, projectKey);
    }

    @Override
    public ClassificationSchemeStore schemes() {
        return new AoClassificationSchemeStore(ao);
    }
}
