package org.eqms.confluence.macro;

import org.eqms.confluence.view.StatusBannerModel;
import org.eqms.document.Approval;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentPageView;
import org.eqms.document.Revision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code eqms-signatures}: the signature manifestations of one revision (21 CFR 11.50): printed name, meaning, UTC
 * time, reason, content hash signed, and whether the signature still counts (an edit during review invalidates it;
 * it stays listed, marked). Parameters {@code page} (or none) and {@code revision} (default: the revision readers
 * are served, else the latest).
 */
public final class SignaturesMacroCore {
    public static final String TEMPLATE = "templates/eqms/macro-signatures.html.vm";
    static final String REVISION = "revision";

    private final MacroServices services;
    private final MacroTargets targets;

    public SignaturesMacroCore(MacroServices services) {
        this.services = Objects.requireNonNull(services, "services");
        this.targets = new MacroTargets(services);
    }

    /** @throws MacroRefusal with the reason in the bundle's words */
    public String render(Map<String, String> params, Long currentPageId, String viewerKey) {
        long pageId = targets.pageId(params, currentPageId);
        ControlledDocument document = targets.controlled(pageId, viewerKey);
        Revision revision = revision(document, params == null ? null : params.get(REVISION), viewerKey);
        List<Manifestation> signatures = new ArrayList<>();
        for (Approval approval : revision.approvals()) {
            signatures.add(Manifestation.of(approval, services));
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", services.i18n());
        context.put("documentNumber", document.number());
        context.put("revisionLabel", revision.label());
        context.put("stateLabel", StatusBannerModel.stateLabel(revision.state(), services.i18n()));
        context.put("signatures", signatures);
        return services.templates().render(TEMPLATE, context);
    }

    private Revision revision(ControlledDocument document, String label, String viewerKey) {
        List<Revision> revisions = targets.revisions(document);
        if (revisions.isEmpty()) {
            throw services.refuse("eqms.macro.error.no-revision", document.number());
        }
        if (label != null && !label.isBlank()) {
            return revisions.stream().filter(r -> r.label().equalsIgnoreCase(label.trim())).findFirst()
                    .orElseThrow(() -> services.refuse("eqms.macro.error.unknown-revision", label.trim(),
                            document.number()));
        }
        DocumentPageView served = services.reader().view(document.pageId(), viewerKey, false, null);
        return revisions.stream().filter(r -> r.label().equals(served.revisionLabel())).findFirst()
                .orElse(revisions.get(revisions.size() - 1));
    }
}
