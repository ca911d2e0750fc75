package org.eqms.confluence.view;

import org.eqms.confluence.access.ContentPermissions;
import org.eqms.document.DocumentControlException;
import org.eqms.document.DocumentPageView;
import org.eqms.document.ReaderView;
import org.eqms.view.I18n;
import org.eqms.view.TemplateRenderer;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The status banner of controlled pages, product-agnostic: the Confluence web panel and the sandbox's page view both
 * call {@link #html}. Nothing for pages outside document control, pages that do not exist, or viewers who may not
 * view the page (the host would not show it to them anyway; the banner never says more than the page).
 */
public final class StatusBanner {
    public static final String TEMPLATE = "templates/eqms/status-banner.html.vm";

    private final ReaderView reader;
    private final ContentPermissions permissions;
    private final TemplateRenderer templates;
    private final I18n i18n;

    public StatusBanner(ReaderView reader, ContentPermissions permissions, TemplateRenderer templates, I18n i18n) {
        this.reader = Objects.requireNonNull(reader, "reader");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
    }

    /**
     * The banner HTML for the viewer of a page; authors and approvers (edit permission) get the working-draft banner
     * when the live page is ahead of the effective revision.
     *
     * @param viewerKey user key, {@code null} when anonymous
     * @param clientIp  for the audit trail of an integrity alert, or {@code null}
     */
    public String html(long pageId, String viewerKey, String clientIp) {
        if (!permissions.canView(viewerKey, pageId)) {
            return "";
        }
        DocumentPageView view;
        try {
            view = reader.view(pageId, viewerKey, viewerKey != null && permissions.canEdit(viewerKey, pageId), clientIp);
        } catch (DocumentControlException e) {
            if ("not_found".equals(e.code())) {
                return "";
            }
            throw e;
        }
        return render(view);
    }

    /** The banner HTML of a view already made; empty for an uncontrolled page. */
    public String render(DocumentPageView view) {
        Optional<StatusBannerModel> banner = StatusBannerModel.of(view, i18n);
        if (banner.isEmpty()) {
            return "";
        }
        Map<String, Object> context = new HashMap<>();
        context.put("i18n", i18n);
        context.put("banner", banner.get());
        return templates.render(TEMPLATE, context);
    }
}
