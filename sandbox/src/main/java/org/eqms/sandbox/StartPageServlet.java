package org.eqms.sandbox;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/** The sandbox's start page ({@code /}): the hosted apps and their pages; anonymous visitors go to the login page. */
public final class StartPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient UserManager users;
    private final transient List<SandboxApp> apps;

    public StartPageServlet(UserManager users, List<SandboxApp> apps) {
        this.users = users;
        this.apps = List.copyOf(apps);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/".equals(request.getRequestURI())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        UserProfile user = users.getRemoteUser(request);
        if (user == null) {
            response.sendRedirect("/login");
            return;
        }
        StringBuilder body = new StringBuilder();
        for (SandboxApp app : apps) {
            body.append("<h2>").append(SandboxPage.escape(app.name())).append("</h2><ul>");
            app.links().forEach((text, path) -> body.append("<li><a href=\"").append(SandboxPage.escape(path))
                    .append("\">").append(SandboxPage.escape(text)).append("</a></li>"));
            body.append("<li>REST: <code>").append(SandboxPage.escape(app.restBase())).append("</code></li></ul>");
        }
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(SandboxPage.render("eQMS sandbox", body.toString(), user.getFullName()));
    }
}
