package org.eqms.confluence.web;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eqms.confluence.access.ContentPermissions;
import org.eqms.confluence.view.ConfluenceI18n;
import org.eqms.view.BundleI18n;
import org.eqms.view.VelocityTemplateRenderer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The admin page servlets in a real servlet container (Jetty, javax.servlet): 401 anonymous, 403 without the right,
 * 200 with the rendered shell (decorator, script, texts) for administrators. SAL's UserManager is the product seam
 * (Mockito): the caller is chosen by a request header the stub reads.
 */
class AdminServletsTest {
    private static Server server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static UserProfile profile(String key) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey(key));
        return profile;
    }

    @BeforeAll
    static void start() throws Exception {
        UserManager users = mock(UserManager.class);
        UserProfile admin = profile("u-ann");
        UserProfile erin = profile("u-erin");
        when(users.getRemoteUser(any(HttpServletRequest.class))).thenAnswer(call -> {
            String who = ((HttpServletRequest) call.getArgument(0)).getHeader("X-Test-User");
            return "u-ann".equals(who) ? admin : "u-erin".equals(who) ? erin : null;
        });
        when(users.isSystemAdmin(eq(new UserKey("u-ann")))).thenReturn(true);
        when(users.isSystemAdmin(eq(new UserKey("u-erin")))).thenReturn(false);
        ContentPermissions permissions = new ContentPermissions() {
            @Override
            public boolean canView(String userKey, long pageId) {
                return userKey != null;
            }

            @Override
            public boolean canEdit(String userKey, long pageId) {
                return false;
            }

            @Override
            public boolean isSpaceAdmin(String userKey, String spaceKey) {
                return "u-ann".equals(userKey) && "QMS".equals(spaceKey);
            }
        };
        VelocityTemplateRenderer templates = new VelocityTemplateRenderer();
        BundleI18n i18n = ConfluenceI18n.english();
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/confluence");
        context.addServlet(new ServletHolder(new SpaceConfigurationServlet(users, permissions, templates, i18n,
                WebResources.CONFLUENCE)), "/plugins/servlet/eqms/space-configuration");
        context.addServlet(new ServletHolder(new GlobalAdminServlet(users, templates, i18n, WebResources.CONFLUENCE)),
                "/plugins/servlet/eqms/admin");
        server.setHandler(context);
        server.start();
        base = "http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/confluence";
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (user != null) {
            request.header("X-Test-User", user);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theSpacePageAnswers401AnonymousAnd403ToOthersThanItsAdmins() throws Exception {
        HttpResponse<String> anonymous = get("/plugins/servlet/eqms/space-configuration?key=QMS", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("You are not signed in.", "aui-message-error");

        HttpResponse<String> reader = get("/plugins/servlet/eqms/space-configuration?key=QMS", "u-erin");
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(reader.body()).contains("Only administrators of this space can configure its document control.");

        assertThat(get("/plugins/servlet/eqms/space-configuration?key=OTHER", "u-ann").statusCode()).isEqualTo(403);
        HttpResponse<String> hostile = get("/plugins/servlet/eqms/space-configuration?key=%22%3E%3Cscript%3E", "u-ann");
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(hostile.body()).doesNotContain("<script>");
    }

    @Test
    void aSpaceAdminGetsTheShellThatLoadsTheScript() throws Exception {
        HttpResponse<String> page = get("/plugins/servlet/eqms/space-configuration?key=QMS", "u-ann");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<meta name=\"decorator\" content=\"atl.general\"/>",
                "data-space-key=\"QMS\"", "data-context-path=\"/confluence\"",
                "/confluence/download/resources/org.eqms.confluence-eqms-plugin:eqms-web-resources/space-admin.js",
                "eqms-common.js", "Document control of space", "Selected page trees");
    }

    @Test
    void theGlobalPageIsForSystemAdministratorsOnly() throws Exception {
        assertThat(get("/plugins/servlet/eqms/admin", null).statusCode()).isEqualTo(401);
        HttpResponse<String> reader = get("/plugins/servlet/eqms/admin", "u-erin");
        assertThat(reader.statusCode()).isEqualTo(403);
        assertThat(reader.body()).contains("Only system administrators can open the eQMS administration.");

        HttpResponse<String> admin = get("/plugins/servlet/eqms/admin", "u-ann");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("<meta name=\"decorator\" content=\"atl.admin\"/>", "global-admin.js",
                "Signing policy", "Signing lockouts", "data-label-lockoutWindowMinutes=", "Request unlock");
    }
}
