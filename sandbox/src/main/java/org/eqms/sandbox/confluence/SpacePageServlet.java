package org.eqms.sandbox.confluence;

import com.atlassian.sal.api.user.UserProfile;
import org.eqms.document.DocumentPageView;
import org.eqms.sandbox.SandboxPage;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * A space's home at Confluence's address ({@value #PATH}{@code /SPACEKEY}): the pages the user may view, each
 * {@code a.sbx-page-link} under the title the user is served (a reader sees an effective revision's title, not a
 * draft's), and {@code #sbx-create-page} for users who may add pages. 404 for an unknown space, 403 without VIEW.
 */
public final class SpacePageServlet extends HttpServlet {
    public static final String PATH = "/display";
    private static final long serialVersionUID = 1L;

    private final transient PageGate gate;
    private final transient SandboxPages pages;
    private final transient SandboxSpacePermissions permissions;
    private final transient ServedPages served;

    SpacePageServlet(PageGate gate, SandboxPages pages, SandboxSpacePermissions permissions, ServedPages served) {
        this.gate = gate;
        this.pages = pages;
        this.permissions = permissions;
        this.served = served;
    }

    public static String url(String spaceKey) {
        return PATH + "/" + spaceKey;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = gate.signedIn(request, response);
        if (user == null) {
            return;
        }
        String path = request.getPathInfo();
        String spaceKey = path == null || path.length() < 2 ? null : path.substring(1);
        if (!gate.viewableSpace(spaceKey, response, user)) {
            return;
        }
        String viewer = PageGate.key(user);
        StringBuilder body = new StringBuilder("<div class=\"sbx-actions\">");
        if (permissions.canEditSpace(viewer, spaceKey)) {
            body.append("<a class=\"aui-button aui-button-primary\" id=\"sbx-create-page\" href=\"")
                    .append(SandboxPage.escape(PageEditorServlet.createUrl(spaceKey))).append("\">Create</a>");
        }
        body.append("</div><ul class=\"sbx-page-list\" id=\"sbx-page-list\">");
        int shown = 0;
        for (long pageId : pages.pagesOf(spaceKey)) {
            if (!permissions.canView(viewer, pageId)) {
                continue;
            }
            DocumentPageView view = served.served(pageId, viewer, request.getRemoteAddr());
            body.append("<li><a class=\"sbx-page-link\" data-page-id=\"").append(pageId).append("\" href=\"")
                    .append(PageViewServlet.url(pageId)).append("\">").append(SandboxPage.escape(view.title()))
                    .append("</a>");
            if (view.controlled()) {
                body.append(" <span class=\"aui-lozenge aui-lozenge-subtle sbx-document-number\">")
                        .append(SandboxPage.escape(view.documentNumber())).append("</span>");
            }
            body.append("</li>");
            shown++;
        }
        body.append("</ul>");
        if (shown == 0) {
            body.append("<p class=\"sbx-no-pages\">No pages yet.</p>");
        }
        SandboxPage.send(response, HttpServletResponse.SC_OK, spaceKey + " space", body.toString(), user.getFullName(),
                List.of(), List.of());
    }
}
