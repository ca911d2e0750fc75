package org.eqms.confluence.macro;

import org.eqms.document.ControlledDocument;
import org.eqms.document.Revision;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The page a macro is about ({@code page} parameter, or the page the macro sits on) and the checks every macro makes
 * before showing anything: a well-formed id, view permission of the viewer (checked first, so the macro never tells
 * an outsider whether a page exists), the page exists, and it is a controlled document.
 */
final class MacroTargets {
    /** The macro parameter naming the page by id. */
    static final String PAGE = "page";

    private final MacroServices services;

    MacroTargets(MacroServices services) {
        this.services = Objects.requireNonNull(services, "services");
    }

    /** The page id the macro is about. */
    long pageId(Map<String, String> params, Long currentPageId) {
        String raw = params == null ? null : params.get(PAGE);
        if (raw == null || raw.isBlank()) {
            if (currentPageId == null) {
                throw services.refuse("eqms.macro.error.no-current-page");
            }
            return currentPageId;
        }
        try {
            long id = Long.parseLong(raw.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw services.refuse("eqms.macro.error.bad-page-id", raw);
    }

    /** The controlled document of a page the viewer may see. */
    ControlledDocument controlled(long pageId, String viewerKey) {
        requireView(pageId, viewerKey);
        if (services.pages().current(pageId).isEmpty()) {
            throw services.refuse("eqms.macro.error.unknown-page", Long.toString(pageId));
        }
        return services.documents().byPage(pageId)
                .orElseThrow(() -> services.refuse("eqms.macro.error.not-controlled", Long.toString(pageId)));
    }

    void requireView(long pageId, String viewerKey) {
        if (!services.permissions().canView(viewerKey, pageId)) {
            throw services.refuse("eqms.macro.error.no-permission");
        }
    }

    List<Revision> revisions(ControlledDocument document) {
        return services.documents().revisions(document.id());
    }
}
