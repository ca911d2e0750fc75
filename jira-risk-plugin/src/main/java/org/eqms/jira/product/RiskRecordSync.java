package org.eqms.jira.product;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eqms.audit.AuditData;
import org.eqms.audit.AuditedObject;
import org.eqms.jira.app.RiskAnalysis;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.HazardRepository;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.RiskRefusedException;
import org.eqms.risk.RiskRepository;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.TraceGraphStore;
import org.eqms.trace.TraceItem;
import org.eqms.trace.TraceLink;

/**
 * The ISO 14971 records of a project's risk analysis kept for its hazard and hazardous-situation issues: an item of
 * role {@link ItemRole#HAZARD} is the {@link Hazard}, one of role {@link ItemRole#HAZARDOUS_SITUATION} the
 * {@link HazardousSituation}, each with the issue key as id. Saved through {@link HazardRepository} and audited as
 * {@link RiskAnalysis} audits its REST writes, in the transaction of the trace change.
 *
 * <ul>
 *   <li>Hazard: name = the summary, description = the description. A new hazard's category is
 *       {@link HazardCategory#OPERATIONAL}, the performance-related group of ISO 14971:2019 Annex C, the most general
 *       (there is no "unclassified" category); the risk file corrects it, and an update keeps the category and the
 *       catalogue code the risk file gave.</li>
 *   <li>Hazardous situation: description = the summary; its hazard = the hazard item linking to it with
 *       {@link LinkType#LEADS_TO} (the lowest key when several do). A new situation's sequence of events is one
 *       event, the description (the summary when it has none); an update keeps the stored sequence. A
 *       situation without a hazard cannot be recorded: refused ({@value #SITUATION_WITHOUT_HAZARD}) until the link
 *       exists. When its hazard link is deleted it takes the next hazard leading to it; with none left it keeps its
 *       recorded hazard and the sync refuses.</li>
 *   <li>An item leaving the trace (its issue deleted, moved, no longer of the role) deletes its record, except a
 *       hazard that hazardous situations or risks refer to, or a situation that risks refer to: the record stays and
 *       the sync refuses ({@value #RECORD_IN_USE}).</li>
 * </ul>
 */
final class RiskRecordSync {
    /** A hazardous-situation issue with no hazard linked to it: the risk analysis cannot record it yet. */
    static final String SITUATION_WITHOUT_HAZARD = "situation_without_hazard";
    /** A hazard or situation record that risks (or, for a hazard, situations) refer to outlives its issue. */
    static final String RECORD_IN_USE = "risk_record_in_use";
    /** The category of a hazard first recorded from a Jira issue (see the class comment). */
    static final HazardCategory NEW_HAZARD_CATEGORY = HazardCategory.OPERATIONAL;

    /** How a refusal leaves this class: subject, code, message, hint. */
    interface Refusals {
        void refuse(String subject, String code, String message, String hint);
    }

    private final String projectKey;
    private final String actor;
    private final ProjectStores stores;
    private final TraceSyncAudit audit;
    private final Refusals refusals;

    RiskRecordSync(String projectKey, String actor, ProjectStores stores, TraceSyncAudit audit, Refusals refusals) {
        this.projectKey = Objects.requireNonNull(projectKey, "projectKey");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.stores = Objects.requireNonNull(stores, "stores");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.refusals = Objects.requireNonNull(refusals, "refusals");
    }

    /** Records the item's new state when it is a hazard or a hazardous situation. */
    void saved(TraceGraphStore trace, TraceItem item) {
        try {
            if (item.role() == ItemRole.HAZARD) {
                saveHazard(item);
            } else if (item.role() == ItemRole.HAZARDOUS_SITUATION) {
                saveSituation(trace, item);
            }
        } catch (RiskRefusedException e) {
            refusals.refuse(item.key(), e.code(), e.getMessage(), e.hint());
        }
    }

    /** A link added or deleted: a {@link LinkType#LEADS_TO} gives its situation a hazard, or another one. */
    void linkChanged(TraceGraphStore trace, TraceLink link) {
        if (link.type() == LinkType.LEADS_TO) {
            trace.item(link.to()).ifPresent(situation -> saved(trace, situation));
        }
    }

    /** Deletes the record of an item that left the trace, unless the risk analysis still refers to it. */
    void removed(TraceItem item) {
        HazardRepository hazards = stores.hazards();
        RiskRepository risks = stores.risks();
        if (item.role() == ItemRole.HAZARD && hazards.findHazard(projectKey, item.key()).isPresent()) {
            if (risks.anyForHazard(projectKey, item.key()) || hazards.anySituationOf(projectKey, item.key())) {
                inUse(item, "hazard", "hazardous situations or risks of the risk analysis refer to it",
                        "Re-assign or remove its hazardous situations and risks in the risk analysis first.");
                return;
            }
            hazards.deleteHazard(projectKey, item.key());
            record(item.key(), RiskAnalysis.HAZARD_DELETED, AuditData.empty().put("name", item.title()));
        } else if (item.role() == ItemRole.HAZARDOUS_SITUATION
                && hazards.findSituation(projectKey, item.key()).isPresent()) {
            if (risks.anyForSituation(projectKey, item.key())) {
                inUse(item, "hazardous situation", "risks of the risk analysis refer to it",
                        "Re-assign or remove its risks in the risk analysis first.");
                return;
            }
            hazards.deleteSituation(projectKey, item.key());
            record(item.key(), RiskAnalysis.SITUATION_DELETED, AuditData.empty());
        }
    }

    private void saveHazard(TraceItem item) {
        HazardRepository hazards = stores.hazards();
        Optional<Hazard> before = hazards.findHazard(projectKey, item.key());
        Hazard after = new Hazard(item.key(), before.map(Hazard::category).orElse(NEW_HAZARD_CATEGORY), item.title(),
                description(item), before.map(Hazard::catalogueCode).orElse(null));
        if (before.isPresent() && before.get().equals(after)) {
            return;
        }
        hazards.saveHazard(projectKey, after);
        record(after.id(), RiskAnalysis.HAZARD_SAVED, AuditData.empty()
                .change("name", before.map(Hazard::name).orElse(null), after.name())
                .change("description", before.map(Hazard::description).orElse(null), after.description())
                .put("category", after.category().name()));
    }

    private void saveSituation(TraceGraphStore trace, TraceItem item) {
        Optional<TraceItem> hazard = hazardOf(trace, item);
        if (hazard.isEmpty()) {
            refusals.refuse(item.key(), SITUATION_WITHOUT_HAZARD, "Hazardous situation " + item.key() + " has no "
                    + "hazard: the risk analysis of project " + projectKey + " cannot record it.", "Link a hazard "
                    + "issue to it with the link type the trace mapping maps to LEADS_TO.");
            return;
        }
        saveHazard(hazard.get());
        HazardRepository hazards = stores.hazards();
        Optional<HazardousSituation> before = hazards.findSituation(projectKey, item.key());
        List<String> events = before.map(HazardousSituation::sequenceOfEvents).orElseGet(() -> List.of(
                description(item).isBlank() ? item.title() : description(item)));
        HazardousSituation after = new HazardousSituation(item.key(), hazard.get().key(), events, item.title());
        if (before.isPresent() && before.get().equals(after)) {
            return;
        }
        hazards.saveSituation(projectKey, after);
        record(after.id(), RiskAnalysis.SITUATION_SAVED, AuditData.empty()
                .change("hazardId", before.map(HazardousSituation::hazardId).orElse(null), after.hazardId())
                .change("description", before.map(HazardousSituation::description).orElse(null),
                        after.description()));
    }

    /** The hazard item leading to the situation (the lowest key when several do). */
    private static Optional<TraceItem> hazardOf(TraceGraphStore trace, TraceItem situation) {
        List<String> hazards = trace.linksOf(situation.id()).stream()
                .filter(l -> l.type() == LinkType.LEADS_TO && l.to().equals(situation.id())).map(TraceLink::from)
                .toList();
        return hazards.isEmpty() ? Optional.empty() : trace.items(hazards).values().stream()
                .min(Comparator.comparing(TraceItem::key));
    }

    private void inUse(TraceItem item, String what, String why, String hint) {
        refusals.refuse(item.key(), RECORD_IN_USE, "The " + what + " " + item.key() + " stays in the risk analysis "
                + "of project " + projectKey + " although its issue left the trace: " + why + ".", hint);
    }

    private void record(String recordId, String action, AuditData data) {
        audit.record(AuditedObject.of(RiskAnalysis.OBJECT_TYPE, projectKey + "/" + recordId), actor, action,
                data.put("source", "jira"));
    }

    private static String description(TraceItem item) {
        return item.fields().getOrDefault(JiraTraceProjection.DESCRIPTION, "");
    }
}
