package org.eqms.sandbox;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.rest.signing.TotpEnrolmentResource;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * The signed-in user's authenticator enrolment ({@value SandboxHeader#TOTP_PATH}), one section per hosted app that
 * signs with TOTP (each keeps its own enrolment, as in the products): {@code sandbox-totp.js} asks the app's
 * {@code /me/totp} whether one is confirmed, starts an enrolment (the secret and otpauth URI are shown once, as
 * text) and confirms it with a code. The resource refuses replacing a confirmed authenticator.
 */
public final class TotpServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient UserManager users;
    private final transient List<SandboxApp> apps;

    public TotpServlet(UserManager users, List<SandboxApp> apps) {
        this.users = users;
        this.apps = List.copyOf(apps);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = users.getRemoteUser(request);
        if (user == null) {
            response.sendRedirect("/login");
            return;
        }
        StringBuilder body = new StringBuilder("<p>An authenticator app (RFC 6238) is the second signing component"
                + " where single sign-on leaves no password. Add the secret to your app, then confirm with a code.</p>");
        for (SandboxApp app : apps) {
            if (app.restResources().stream().anyMatch(TotpEnrolmentResource.class::isInstance)) {
                section(body, app);
            }
        }
        SandboxPage.send(response, HttpServletResponse.SC_OK, "Authenticator for signing", body.toString(),
                user.getFullName(), List.of(),
                List.of(SandboxPage.STATIC + "sandbox-common.js", SandboxPage.STATIC + "sandbox-totp.js"));
    }

    private static void section(StringBuilder body, SandboxApp app) {
        String id = "sbx-totp-" + app.restBase().replaceAll("^/rest/|/[^/]*$", "");
        body.append("<section class=\"sbx-totp\" id=\"").append(SandboxPage.escape(id)).append("\" data-rest-base=\"")
                .append(SandboxPage.escape(app.restBase())).append("\"><h2>").append(SandboxPage.escape(app.name()))
                .append("</h2><div class=\"sbx-totp-messages\" aria-live=\"polite\"></div>")
                .append("<p class=\"sbx-totp-status\">Checking…</p>")
                .append("<button type=\"button\" class=\"aui-button sbx-totp-begin\" hidden>Set up an authenticator</button>")
                .append("<div class=\"sbx-totp-enrolment\" hidden><p>Secret: <code class=\"sbx-totp-secret\"></code></p>")
                .append("<p>otpauth URI: <code class=\"sbx-totp-uri\"></code></p>")
                .append("<form class=\"aui sbx-totp-confirm-form\"><div class=\"field-group\"><label>Code from your app")
                .append("<input class=\"text short-field sbx-totp-code\" name=\"code\" inputmode=\"numeric\"")
                .append(" autocomplete=\"one-time-code\" maxlength=\"10\"></label></div>")
                .append("<button class=\"aui-button aui-button-primary sbx-totp-confirm\" type=\"submit\">Confirm</button>")
                .append("</form></div></section>");
    }
}
