package org.eqms.sandbox.users;

import org.eqms.sandbox.SandboxPage;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;

/**
 * The sandbox's login page ({@code GET /login}), its form POST (a new session id on success, so a session fixed
 * before login is worthless; then back to the page asked for, {@link LoginRedirect}) and logout ({@code POST /logout}).
 */
public final class LoginServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient SandboxUsers users;

    public LoginServlet(SandboxUsers users) {
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().startsWith("/logout")) {
            response.sendRedirect("/login");
            return;
        }
        page(response, HttpServletResponse.SC_OK, null, "", request.getParameter(LoginRedirect.PARAMETER));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getServletPath().startsWith("/logout")) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect("/login");
            return;
        }
        String username = request.getParameter("username");
        Optional<SandboxUser> user = users.authenticate(username, request.getParameter("password"));
        if (user.isEmpty()) {
            page(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "The user name or password is wrong. Check them and try again.", username == null ? "" : username,
                    request.getParameter(LoginRedirect.PARAMETER));
            return;
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(SandboxAuthentication.SESSION_USER, user.get().key());
        response.sendRedirect(LoginRedirect.destination(request.getParameter(LoginRedirect.PARAMETER)));
    }

    private static void page(HttpServletResponse response, int status, String error, String username,
                             String destination) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(SandboxPage.render("Log in", (error == null ? ""
                : "<div class=\"aui-message aui-message-error\" role=\"alert\">" + SandboxPage.escape(error) + "</div>")
                + "<form class=\"aui\" method=\"post\" action=\"/login\">"
                + "<input type=\"hidden\" name=\"" + LoginRedirect.PARAMETER + "\" value=\""
                + SandboxPage.escape(LoginRedirect.destination(destination)) + "\">"
                + "<div class=\"field-group\"><label for=\"username\">Username</label>"
                + "<input class=\"text\" id=\"username\" name=\"username\" autocomplete=\"username\" value=\""
                + SandboxPage.escape(username) + "\" required></div>"
                + "<div class=\"field-group\"><label for=\"password\">Password</label>"
                + "<input class=\"text\" type=\"password\" id=\"password\" name=\"password\""
                + " autocomplete=\"current-password\" required></div>"
                + "<div class=\"buttons-container\"><button class=\"aui-button aui-button-primary\" id=\"login\""
                + " type=\"submit\">Log in</button></div></form>", null));
    }
}
