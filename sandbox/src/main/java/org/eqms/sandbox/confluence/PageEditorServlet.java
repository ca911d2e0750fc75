package org.eqms.sandbox.confluence;

import com.atlassian.sal.api.user.UserProfile;
import org.eqms.document.PageVersion;
import org.eqms.sandbox.SandboxPage;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;

/**
 * The plain storage-format editor at Confluence's addresses: {@value #CREATE_PATH}{@code ?spaceKey=K} (EDIT on the
 * space) and {@value #EDIT_PATH}{@code ?pageId=N} (EDIT on the page; the live version, which authors edit). Title
 * {@code #content-title}, body {@code #sbx-storage-body}, {@code #rte-button-publish}; {@code sandbox-editor.js}
 * saves through the page API ({@link PageResource}, JSON, with the version the edit started from) and shows its
 * refusal, e.g. 409 when someone saved in between.
 */
public final class PageEditorServlet extends HttpServlet {
    public static final String CREATE_PATH = "/pages/createpage.action";
    public static final String EDIT_PATH = "/pages/editpage.action";
    private static final long serialVersionUID = 1L;

    private final transient PageGate gate;
    private final transient SandboxPages pages;
    private final transient SandboxSpacePermissions permissions;

    PageEditorServlet(PageGate gate, SandboxPages pages, SandboxSpacePermissions permissions) {
        this.gate = gate;
        this.pages = pages;
        this.permissions = permissions;
    }

    public static String editUrl(long pageId) {
        return EDIT_PATH + "?pageId=" + pageId;
    }

    public static String createUrl(String spaceKey) {
        return CREATE_PATH + "?spaceKey=" + spaceKey;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = gate.signedIn(request, response);
        if (user == null) {
            return;
        }
        if (request.getServletPath().equals(CREATE_PATH)) {
            create(request, response, user);
        } else {
            edit(request, response, user);
        }
    }

    private void create(HttpServletRequest request, HttpServletResponse response, UserProfile user) throws IOException {
        String spaceKey = request.getParameter("spaceKey");
        if (spaceKey == null || spaceKey.isBlank()) {
            SandboxPage.refuse(response, HttpServletResponse.SC_BAD_REQUEST, "Bad page address",
                    "The space key is missing.", "Create pages from their space, e.g. /display/QMS.", user.getFullName());
            return;
        }
        if (!gate.viewableSpace(spaceKey, response, user)) {
            return;
        }
        if (!permissions.canEditSpace(PageGate.key(user), spaceKey)) {
            SandboxPage.refuse(response, HttpServletResponse.SC_FORBIDDEN, "Not permitted",
                    "You may not add pages to space " + spaceKey + ".", "Ask a space administrator for edit permission.",
                    user.getFullName());
            return;
        }
        form(response, user, "Create page in " + spaceKey, "data-space-key=\"" + SandboxPage.escape(spaceKey) + "\"",
                "", "", SpacePageServlet.url(spaceKey));
    }

    private void edit(HttpServletRequest request, HttpServletResponse response, UserProfile user) throws IOException {
        OptionalLong pageId = gate.editablePage(request, response, user);
        if (pageId.isEmpty()) {
            return;
        }
        PageVersion current = pages.current(pageId.getAsLong()).orElseThrow();
        form(response, user, "Edit " + current.title(), "data-page-id=\"" + current.pageId()
                + "\" data-base-version=\"" + current.version() + "\"", current.title(), current.body(),
                PageViewServlet.url(current.pageId()));
    }

    private static void form(HttpServletResponse response, UserProfile user, String heading, String target,
                             String title, String body, String cancelUrl) throws IOException {
        String html = "<form class=\"aui top-label\" id=\"sbx-editor\" " + target + " novalidate>"
                + "<div class=\"sbx-editor-messages\" aria-live=\"polite\"></div>"
                + "<div class=\"field-group\"><label for=\"content-title\">Title</label>"
                + "<input class=\"text long-field\" id=\"content-title\" name=\"title\" maxlength=\""
                + SandboxPages.MAX_TITLE + "\" value=\"" + SandboxPage.escape(title) + "\"></div>"
                + "<div class=\"field-group\"><label for=\"sbx-storage-body\">Body (Confluence storage format)</label>"
                + "<textarea class=\"textarea\" id=\"sbx-storage-body\" name=\"body\" rows=\"20\">"
                + SandboxPage.escape(body) + "</textarea></div>"
                + "<div class=\"buttons-container\"><div class=\"buttons\">"
                + "<button class=\"aui-button aui-button-primary\" id=\"rte-button-publish\" type=\"submit\">"
                + (title.isEmpty() ? "Publish" : "Update") + "</button>"
                + "<a class=\"aui-button aui-button-link\" id=\"rte-button-cancel\" href=\"" + SandboxPage.escape(cancelUrl)
                + "\">Cancel</a></div></div></form>";
        SandboxPage.send(response, HttpServletResponse.SC_OK, heading, html, user.getFullName(), List.of(),
                List.of(SandboxPage.STATIC + "sandbox-common.js", SandboxPage.STATIC + "sandbox-editor.js"));
    }
}
