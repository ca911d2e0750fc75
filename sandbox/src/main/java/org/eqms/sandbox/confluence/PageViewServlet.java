package org.eqms.sandbox.confluence;

import com.atlassian.sal.api.user.UserProfile;
import org.eqms.confluence.macro.StorageFormatView;
import org.eqms.confluence.view.ConfluenceI18n;
import org.eqms.confluence.view.StatusBanner;
import org.eqms.confluence.web.DocumentActionsWebPanel;
import org.eqms.confluence.web.WebResources;
import org.eqms.document.DocumentPageView;
import org.eqms.sandbox.SandboxPage;
import org.eqms.view.TemplateRenderer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * Confluence's page view ({@value #PATH}{@code ?pageId=N}): the title ({@code #title-text}), the app's status banner
 * and document actions bar where its web panels sit, and the body ({@code #main-content}) of what the viewer is served
 * ({@link ServedPages}), with the app's web resources loaded as Confluence loads them, so its real buttons and signing
 * dialog run. Users who may edit get the edit ({@code #editPageLink}) and history ({@code #viewPageHistoryLink})
 * links.
 */
public final class PageViewServlet extends HttpServlet {
    public static final String PATH = "/pages/viewpage.action";
    private static final long serialVersionUID = 1L;

    private final transient PageGate gate;
    private final transient ServedPages served;
    private final transient SandboxSpacePermissions permissions;
    private final transient SandboxPages pages;
    private final transient StatusBanner banner;
    private final transient TemplateRenderer templates;
    private final transient StorageFormatView storage;

    PageViewServlet(PageGate gate, ServedPages served, SandboxSpacePermissions permissions, SandboxPages pages,
                    StatusBanner banner, TemplateRenderer templates, StorageFormatView storage) {
        this.gate = gate;
        this.served = served;
        this.permissions = permissions;
        this.pages = pages;
        this.banner = banner;
        this.templates = templates;
        this.storage = storage;
    }

    /** The page view's address. */
    public static String url(long pageId) {
        return PATH + "?pageId=" + pageId;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = gate.signedIn(request, response);
        if (user == null) {
            return;
        }
        OptionalLong found = gate.viewablePage(request, response, user);
        if (found.isEmpty()) {
            return;
        }
        long pageId = found.getAsLong();
        String viewer = PageGate.key(user);
        DocumentPageView view = served.served(pageId, viewer, request.getRemoteAddr());
        String spaceKey = pages.location(pageId).orElseThrow().spaceKey();
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"sbx-actions\" id=\"sbx-page-actions\">");
        if (permissions.canEdit(viewer, pageId)) {
            body.append("<a class=\"aui-button\" id=\"editPageLink\" href=\"").append(PageEditorServlet.editUrl(pageId))
                    .append("\">Edit</a><a class=\"aui-button aui-button-link\" id=\"viewPageHistoryLink\" href=\"")
                    .append(PageHistoryServlet.url(pageId)).append("\">Page history</a>");
        }
        body.append("<a class=\"aui-button aui-button-link\" id=\"sbx-space-link\" href=\"")
                .append(SpacePageServlet.url(spaceKey)).append("\">").append(SandboxPage.escape(spaceKey))
                .append(" space</a><span class=\"sbx-page-version\" data-page-version=\"").append(view.pageVersion())
                .append("\">Version ").append(view.pageVersion()).append("</span></div>");
        body.append(banner.render(view));
        body.append(new DocumentActionsWebPanel(templates, ConfluenceI18n.english(), context -> pageId, "")
                .getHtml(Map.of()));
        body.append("<div id=\"main-content\" class=\"wiki-content\">").append(storage.toViewHtml(view.body()))
                .append("</div>");
        SandboxPage.send(response, HttpServletResponse.SC_OK, view.title(), body.toString(), user.getFullName(),
                List.of(resource("eqms.css")),
                List.of(resource("eqms-common.js"), resource("signing-dialog.js"), resource("document-actions.js")));
    }

    private static String resource(String file) {
        return WebResources.CONFLUENCE.url("", file);
    }
}
