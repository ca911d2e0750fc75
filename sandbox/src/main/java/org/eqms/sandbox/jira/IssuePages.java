package org.eqms.sandbox.jira;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.rest.RestRefusal;
import org.eqms.sandbox.SandboxPage;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * The sandbox's Jira pages, each a frame ({@link SandboxPage}) around escaped content whose forms call
 * {@value SandboxIssuesApp#REST_BASE} with {@code issues.js}: {@code /browse/KEY} (an issue, its links, the edit and
 * link forms) and {@code /projects/KEY/issues} (the project's issues and the create form). Anonymous visitors go to
 * the login page; an issue or project the user may not browse is 404.
 */
final class IssuePages extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String BROWSE = "/browse/*";
    static final String PROJECTS = "/projects/*";

    private final transient SandboxJira jira;
    private final transient UserManager users;

    IssuePages(SandboxJira jira, UserManager users) {
        this.jira = Objects.requireNonNull(jira, "jira");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = users.getRemoteUser(request);
        if (user == null) {
            response.sendRedirect("/login");
            return;
        }
        String userKey = user.getUserKey().getStringValue();
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        String page;
        try {
            if (request.getServletPath().equals("/browse")) {
                page = IssuePage.render(jira, userKey, jira.issue(userKey, path), user.getFullName());
            } else if (path.endsWith("/issues") && path.indexOf('/') == path.length() - "/issues".length()) {
                String projectKey = path.substring(0, path.indexOf('/'));
                page = ProjectIssuesPage.render(jira, userKey, projectKey, jira.issues(userKey, projectKey),
                        user.getFullName());
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (RestRefusal refused) {
            response.setStatus(refused.status());
            page = SandboxPage.render("Not found", "<div class=\"aui-message aui-message-error\">"
                    + SandboxPage.escape(refused.getMessage()) + "</div>", user.getFullName());
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page);
    }
}
