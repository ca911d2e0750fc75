package org.eqms.confluence.macro;

import org.eqms.confluence.view.StatusBannerModel;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentPageView;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * {@code eqms-document-status}: number, revision, state and effective date of a controlled document, as readers are
 * served it. Parameter {@code page} (page id), or none for the page the macro is on.
 */
public final class DocumentStatusMacroCore {
    public static final String TEMPLATE = "templates/eqms/macro-document-status.html.vm";

    private final MacroServices services;
    private final MacroTargets targets;

    public DocumentStatusMacroCore(MacroServices services) {
        this.services = Objects.requireNonNull(services, "services");
        this.targets = new MacroTargets(services);
    }

    /**
     * @param currentPageId the page the macro sits on, {@code null} when there is none (e.g. a template preview)
     * @param viewerKey     user key of the reader, {@code null} if anonymous
     * @throws MacroRefusal with the reason in the bundle's words
     */
    public String render(Map<String, String> params, Long currentPageId, String viewerKey) {
        long pageId = targets.pageId(params, currentPageId);
        ControlledDocument document = targets.controlled(pageId, viewerKey);
        DocumentPageView view = services.reader().view(document.pageId(), viewerKey, false, null);
        StatusBannerModel status = StatusBannerModel.of(view, services.i18n())
                .orElseThrow(() -> services.refuse("eqms.macro.error.not-controlled", Long.toString(pageId)));
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", services.i18n());
        context.put("status", status);
        return services.templates().render(TEMPLATE, context);
    }
}
