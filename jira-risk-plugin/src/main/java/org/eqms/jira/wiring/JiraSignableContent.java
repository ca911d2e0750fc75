package org.eqms.jira.wiring;

import org.eqms.jira.app.TraceStores;
import org.eqms.jira.store.AoBaselineIndex;
import org.eqms.signature.SignableContent;
import org.eqms.signature.SignableVersion;
import org.eqms.trace.TraceBaseline;

import java.util.Objects;
import java.util.Optional;

/** What can be signed in the Jira app: trace baselines, by id, with the content hash of their stored snapshot. */
public final class JiraSignableContent implements SignableContent {
    private final AoBaselineIndex index;
    private final TraceStores stores;

    public JiraSignableContent(AoBaselineIndex index, TraceStores stores) {
        this.index = Objects.requireNonNull(index, "index");
        this.stores = Objects.requireNonNull(stores, "stores");
    }

    @Override
    public Optional<SignableVersion> current(String type, String id) {
        if (!TraceBaseline.OBJECT_TYPE.equals(type)) {
            return Optional.empty();
        }
        return index.projectOf(id).flatMap(project -> stores.baselines(project).find(id))
                .filter(TraceBaseline::isIntact).map(TraceBaseline::signableVersion);
    }
}
