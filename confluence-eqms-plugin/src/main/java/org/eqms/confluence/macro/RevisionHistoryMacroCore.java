package org.eqms.confluence.macro;

import org.eqms.confluence.view.StatusBannerModel;
import org.eqms.confluence.view.UtcTimes;
import org.eqms.document.Approval;
import org.eqms.document.ControlledDocument;
import org.eqms.document.Revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code eqms-revision-history}: every revision of a controlled document, oldest first, with document number,
 * revision, date (effective, else scheduled), state, author's printed name, change summary, and the approvals that
 * count with their manifestations (printed name, meaning, UTC time; 21 CFR 11.50). Parameter {@code page}, or none.
 */
public final class RevisionHistoryMacroCore {
    public static final String TEMPLATE = "templates/eqms/macro-revision-history.html.vm";

    private final MacroServices services;
    private final MacroTargets targets;

    public RevisionHistoryMacroCore(MacroServices services) {
        this.services = Objects.requireNonNull(services, "services");
        this.targets = new MacroTargets(services);
    }

    /** One line of the history table. */
    public record Row(String documentNumber, String revisionLabel, String date, String stateLabel, String author,
                      String changeSummary, List<Manifestation> approvals) {
    }

    /** @throws MacroRefusal with the reason in the bundle's words */
    public String render(Map<String, String> params, Long currentPageId, String viewerKey) {
        long pageId = targets.pageId(params, currentPageId);
        ControlledDocument document = targets.controlled(pageId, viewerKey);
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", services.i18n());
        context.put("documentNumber", document.number());
        context.put("rows", rows(document));
        return services.templates().render(TEMPLATE, context);
    }

    List<Row> rows(ControlledDocument document) {
        List<Row> rows = new ArrayList<>();
        for (Revision revision : targets.revisions(document)) {
            List<Manifestation> approvals = new ArrayList<>();
            for (Approval approval : revision.approvals()) {
                if (!approval.invalidated()) {
                    approvals.add(Manifestation.of(approval, services));
                }
            }
            String date = revision.effectiveAt() != null ? UtcTimes.date(revision.effectiveAt())
                    : UtcTimes.date(revision.scheduledEffective());
            rows.add(new Row(document.number(), revision.label(), date,
                    StatusBannerModel.stateLabel(revision.state(), services.i18n()),
                    services.actors().actor(revision.authorKey()).name(), revision.changeReason(), approvals));
        }
        return rows;
    }
}
