package org.eqms.jira.wiring;

import org.eqms.audit.AuditedObject;
import org.eqms.jira.app.RiskPlanning;
import org.eqms.jira.app.TraceStores;
import org.eqms.risk.RiskPlanRepository;
import org.eqms.jira.store.AoBaselineIndex;
import org.eqms.signature.SignableContent;
import org.eqms.signature.SignableVersion;
import org.eqms.trace.TraceBaseline;

import java.util.Objects;
import java.util.Optional;

/**
 * What can be signed in the Jira app: trace baselines (by id, the content hash of their stored snapshot) and the
 * draft of a project's risk management plan (by project key, its content hash and version).
 */
public final class JiraSignableContent implements SignableContent {
    private final AoBaselineIndex index;
    private final TraceStores stores;
    private final RiskPlanRepository plans;

    public JiraSignableContent(AoBaselineIndex index, TraceStores stores, RiskPlanRepository plans) {
        this.index = Objects.requireNonNull(index, "index");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.plans = Objects.requireNonNull(plans, "plans");
    }

    @Override
    public Optional<SignableVersion> current(String type, String id) {
        if (RiskPlanning.OBJECT_TYPE.equals(type) && id != null && !id.isBlank()) {
            return plans.load(id).draft().map(draft -> new SignableVersion(
                    new AuditedObject(RiskPlanning.OBJECT_TYPE, id, draft.version()), draft.contentHash()));
        }
        if (!TraceBaseline.OBJECT_TYPE.equals(type)) {
            return Optional.empty();
        }
        return index.projectOf(id).flatMap(project -> stores.baselines(project).find(id))
                .filter(TraceBaseline::isIntact).map(TraceBaseline::signableVersion);
    }
}
