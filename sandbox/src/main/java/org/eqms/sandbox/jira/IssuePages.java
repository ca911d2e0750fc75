package org.eqms.sandbox.jira;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.rest.RestRefusal;
import org.eqms.sandbox.SandboxPage;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;

/**
 * The sandbox's Jira pages, each a frame ({@link SandboxPage}) around escaped content whose forms call
 * {@value SandboxIssuesApp#REST_BASE} with {@code sandbox-issues.js}: {@code /browse/KEY} (an issue, its links, the edit and
 * link forms) and {@code /projects/KEY/issues} (the project's issues and the create form). Anonymous visitors go to
 * the login page; an issue or project the user may not browse is 404.
 */
final class IssuePages extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String BROWSE = "/browse/*";
    static final String PROJECTS = "/projects/*";
    private static final List<String> SCRIPTS = List.of(SandboxPage.STATIC + "sandbox-common.js",
            SandboxPage.STATIC + "sandbox-issues.js");

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
        try {
            if (request.getServletPath().equals("/browse")) {
                SandboxIssue issue = jira.issue(userKey, path);
                send(response, issue.key(), IssuePage.html(jira, userKey, issue), user);
            } else if (path.endsWith("/issues") && path.indexOf('/') == path.length() - "/issues".length()) {
                String projectKey = path.substring(0, path.indexOf('/'));
                send(response, projectKey + " issues", ProjectIssuesPage.html(jira, userKey, projectKey,
                        jira.issues(userKey, projectKey)), user);
            } else {
                SandboxPage.refuse(response, HttpServletResponse.SC_NOT_FOUND, "Not found", "There is no page "
                        + request.getRequestURI() + ".", "Open an issue at /browse/KEY or a project's issues at "
                        + "/projects/KEY/issues.", user.getFullName());
            }
        } catch (RestRefusal refused) {
            SandboxPage.refuse(response, refused.status(), "Not found", refused.getMessage(), refused.hint(),
                    user.getFullName());
        }
    }

    private static void send(HttpServletResponse response, String title, String body, UserProfile user)
            throws IOException {
        SandboxPage.send(response, HttpServletResponse.SC_OK, title, body, user.getFullName(), List.of(), SCRIPTS);
    }
}
