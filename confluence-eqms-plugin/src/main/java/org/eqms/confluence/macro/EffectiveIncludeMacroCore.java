package org.eqms.confluence.macro;

import org.eqms.confluence.view.StatusBannerModel;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentPageView;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code eqms-effective-include}: includes the effective revision of another controlled document, from its locked
 * snapshot (never the live draft), under a line naming number, revision and effective date. Parameters
 * {@code document} (number, required) and {@code space} (default: the space of the page the macro is on). Refused
 * for unknown documents, documents the viewer may not view, documents with no effective revision (never effective,
 * or obsolete), and the page including itself.
 */
public final class EffectiveIncludeMacroCore {
    public static final String TEMPLATE = "templates/eqms/macro-effective-include.html.vm";
    static final String DOCUMENT = "document";
    static final String SPACE = "space";

    private final MacroServices services;
    private final MacroTargets targets;

    public EffectiveIncludeMacroCore(MacroServices services) {
        this.services = Objects.requireNonNull(services, "services");
        this.targets = new MacroTargets(services);
    }

    /**
     * @param currentPageId   the page the macro sits on, or {@code null}
     * @param currentSpaceKey its space, or {@code null}
     * @param view            renders the snapshot's storage format for this host
     * @throws MacroRefusal with the reason in the bundle's words
     */
    public String render(Map<String, String> params, Long currentPageId, String currentSpaceKey, String viewerKey,
                         StorageFormatView view) {
        String number = params == null ? null : params.get(DOCUMENT);
        if (number == null || number.isBlank()) {
            throw services.refuse("eqms.macro.error.document-required");
        }
        String given = params.get(SPACE);
        String spaceKey = given == null || given.isBlank() ? currentSpaceKey : given.trim();
        if (spaceKey == null) {
            throw services.refuse("eqms.macro.error.space-required");
        }
        ControlledDocument document = services.documents().inSpace(spaceKey).stream()
                .filter(d -> d.number().equalsIgnoreCase(number.trim())).findFirst()
                .orElseThrow(() -> services.refuse("eqms.macro.error.unknown-document", number.trim(), spaceKey));
        targets.requireView(document.pageId(), viewerKey);
        if (currentPageId != null && currentPageId == document.pageId()) {
            throw services.refuse("eqms.macro.error.self-include", document.number());
        }
        DocumentPageView served = services.reader().view(document.pageId(), viewerKey, false, null);
        if (served.banner() != DocumentPageView.BannerKind.EFFECTIVE) {
            throw services.refuse("eqms.macro.error.not-effective", document.number());
        }
        StatusBannerModel status = StatusBannerModel.of(served, services.i18n()).orElseThrow();
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", services.i18n());
        context.put("status", status);
        context.put("caption", services.i18n().getText("eqms.macro.include.caption", document.number(),
                served.revisionLabel(), status.effectiveDate()));
        context.put("bodyHtml", view.toViewHtml(served.body()));
        return services.templates().render(TEMPLATE, context);
    }
}
