package org.eqms.jira.wiring;

import org.eqms.audit.AuditedObject;
import org.eqms.jira.app.RiskPlanning;
import org.eqms.jira.app.RiskReporting;
import org.eqms.jira.app.TraceStores;
import org.eqms.risk.ReportStatus;
import org.eqms.risk.ReportVersion;
import org.eqms.risk.RiskPlanRepository;
import org.eqms.risk.RiskReportRepository;
import org.eqms.jira.store.AoBaselineIndex;
import org.eqms.signature.SignableContent;
import org.eqms.signature.SignableVersion;
import org.eqms.trace.TraceBaseline;

import java.util.Objects;
import java.util.Optional;

/**
 * What can be signed in the Jira app: trace baselines (by id, the content hash of their stored snapshot) and the
 * draft of a project's risk management plan (by project key, its content hash and version), and the latest risk
 * management report of a project while it is intact and not yet approved (by project key, its content hash and
 * report version).
 */
public final class JiraSignableContent implements SignableContent {
    private final AoBaselineIndex index;
    private final TraceStores stores;
    private final RiskPlanRepository plans;
    private final RiskReportRepository reports;

    public JiraSignableContent(AoBaselineIndex index, TraceStores stores, RiskPlanRepository plans,
                               RiskReportRepository reports) {
        this.index = Objects.requireNonNull(index, "index");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.plans = Objects.requireNonNull(plans, "plans");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    @Override
    public Optional<SignableVersion> current(String type, String id) {
        if (RiskPlanning.OBJECT_TYPE.equals(type) && id != null && !id.isBlank()) {
            return plans.load(id).draft().map(draft -> new SignableVersion(
                    new AuditedObject(RiskPlanning.OBJECT_TYPE, id, draft.version()), draft.contentHash()));
        }
        if (RiskReporting.OBJECT_TYPE.equals(type) && id != null && !id.isBlank()) {
            return reports.latest(id).filter(r -> r.status() != ReportStatus.APPROVED).filter(ReportVersion::isIntact)
                    .map(r -> new SignableVersion(new AuditedObject(RiskReporting.OBJECT_TYPE, id, r.version()),
                            r.storedContentHash()));
        }
        if (!TraceBaseline.OBJECT_TYPE.equals(type)) {
            return Optional.empty();
        }
        return index.projectOf(id).flatMap(project -> stores.baselines(project).find(id))
                .filter(TraceBaseline::isIntact).map(TraceBaseline::signableVersion);
    }
}
