package org.eqms.sandbox.confluence;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.sandbox.SandboxPage;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Confluence's page history ({@value #PATH}{@code ?pageId=N}): every version with its title, author and time. For
 * users who may edit the page only: a reader of a controlled page is served its effective revision, and the live
 * history would list the drafts behind it.
 */
public final class PageHistoryServlet extends HttpServlet {
    public static final String PATH = "/pages/viewpreviousversions.action";
    private static final long serialVersionUID = 1L;

    private final transient PageGate gate;
    private final transient SandboxPages pages;
    private final transient UserManager users;

    PageHistoryServlet(PageGate gate, SandboxPages pages, UserManager users) {
        this.gate = gate;
        this.pages = pages;
        this.users = users;
    }

    public static String url(long pageId) {
        return PATH + "?pageId=" + pageId;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = gate.signedIn(request, response);
        if (user == null) {
            return;
        }
        OptionalLong pageId = gate.editablePage(request, response, user);
        if (pageId.isEmpty()) {
            return;
        }
        StringBuilder body = new StringBuilder("<table class=\"aui\" id=\"sbx-page-history\"><thead><tr>"
                + "<th>Version</th><th>Title</th><th>Author</th><th>Saved (UTC)</th></tr></thead><tbody>");
        List<PageHistoryEntry> history = pages.history(pageId.getAsLong());
        for (int i = history.size() - 1; i >= 0; i--) {
            PageHistoryEntry entry = history.get(i);
            UserProfile author = users.getUserProfile(new UserKey(entry.authorKey()));
            body.append("<tr class=\"sbx-history-version\" data-version=\"").append(entry.version()).append("\"><td>")
                    .append(entry.version()).append("</td><td>").append(SandboxPage.escape(entry.title()))
                    .append("</td><td>").append(SandboxPage.escape(author == null ? entry.authorKey() : author.getFullName()))
                    .append("</td><td>").append(entry.createdAt()).append("</td></tr>");
        }
        body.append("</tbody></table><p><a href=\"").append(PageViewServlet.url(pageId.getAsLong()))
                .append("\">Back to the page</a></p>");
        SandboxPage.send(response, HttpServletResponse.SC_OK, "Page history", body.toString(), user.getFullName(),
                List.of(), List.of());
    }
}
