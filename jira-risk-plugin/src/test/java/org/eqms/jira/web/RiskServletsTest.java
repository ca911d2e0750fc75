package org.eqms.jira.web;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eclipse.jetty.ee8.servlet.ServletContextHandler;
import org.eclipse.jetty.ee8.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eqms.jira.access.ProjectAccess;
import org.eqms.jira.view.JiraUi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The Jira app's page servlets in a real servlet container (Jetty, javax.servlet): 401 anonymous, 400 without a valid
 * project key, 403 without the Jira project permission, 200 with the rendered shell. SAL's UserManager is the product
 * seam (Mockito): the caller is chosen by a request header the stub reads. Project permissions are a plain table.
 */
class RiskServletsTest {
    private static Server server;
    private static String base;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** u-ann administers INF, u-erin browses and edits INF, u-rita only browses INF, u-olga sees nothing. */
    static final class Permissions implements ProjectAccess {
        private final Map<String, Set<String>> browse = Map.of("u-ann", Set.of("INF"), "u-erin", Set.of("INF"),
                "u-rita", Set.of("INF"));
        private final Map<String, Set<String>> edit = Map.of("u-ann", Set.of("INF"), "u-erin", Set.of("INF"));
        private final Map<String, Set<String>> admin = Map.of("u-ann", Set.of("INF"));

        private static boolean has(Map<String, Set<String>> table, String user, String project) {
            return user != null && table.getOrDefault(user, Set.of()).contains(project);
        }

        @Override
        public boolean canBrowse(String userKey, String projectKey) {
            return has(browse, userKey, projectKey);
        }

        @Override
        public boolean canEdit(String userKey, String projectKey) {
            return has(edit, userKey, projectKey);
        }

        @Override
        public boolean canAdminister(String userKey, String projectKey) {
            return has(admin, userKey, projectKey);
        }
    }

    private static UserProfile profile(String key) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUserKey()).thenReturn(new UserKey(key));
        return profile;
    }

    @BeforeAll
    static void start() throws Exception {
        UserManager users = mock(UserManager.class);
        Map<String, UserProfile> profiles = Map.of("u-ann", profile("u-ann"), "u-erin", profile("u-erin"),
                "u-rita", profile("u-rita"), "u-olga", profile("u-olga"));
        when(users.getRemoteUser(any(HttpServletRequest.class))).thenAnswer(call -> {
            String who = ((HttpServletRequest) call.getArgument(0)).getHeader("X-Test-User");
            return who == null ? null : profiles.get(who);
        });
        JiraUi ui = JiraUi.standard();
        Permissions access = new Permissions();
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/jira");
        context.addServlet(new ServletHolder(new ProjectRiskServlet(users, access, ui, RiskWebResources.JIRA)),
                ProjectRiskServlet.PATH);
        context.addServlet(new ServletHolder(new TraceMappingServlet(users, access, ui, RiskWebResources.JIRA)),
                TraceMappingServlet.PATH);
        server.setHandler(context);
        server.start();
        base = "http://localhost:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/jira";
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
    void theProjectPageAnswers401AnonymousAnd403WithoutBrowseAnd400WithoutAKey() throws Exception {
        HttpResponse<String> anonymous = get("/plugins/servlet/eqms-risk/project?key=INF", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("You are not signed in.", "aui-message-error");

        HttpResponse<String> stranger = get("/plugins/servlet/eqms-risk/project?key=INF", "u-olga");
        assertThat(stranger.statusCode()).isEqualTo(403);
        assertThat(stranger.body()).contains("You do not have the Jira permission to browse this project");
        assertThat(get("/plugins/servlet/eqms-risk/project?key=OTHER", "u-erin").statusCode()).isEqualTo(403);

        assertThat(get("/plugins/servlet/eqms-risk/project", "u-erin").statusCode()).isEqualTo(400);
        HttpResponse<String> hostile = get("/plugins/servlet/eqms-risk/project?key=%22%3E%3Cscript%3Ealert(1)%3C/script%3E",
                "u-erin");
        assertThat(hostile.statusCode()).isEqualTo(400);
        assertThat(hostile.body()).doesNotContain("<script>alert");
    }

    @Test
    void aProjectMemberGetsTheShellThatLoadsTheScript() throws Exception {
        HttpResponse<String> page = get("/plugins/servlet/eqms-risk/project?key=INF", "u-erin");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(page.body()).contains("<meta name=\"decorator\" content=\"atl.general\"/>",
                "data-project-key=\"INF\"", "data-context-path=\"/jira\"", "data-can-edit=\"true\"",
                "/jira/download/resources/org.eqms.jira-risk-plugin:eqms-risk-web-resources/project-risk.js",
                "/jira/download/resources/org.eqms.jira-risk-plugin:eqms-risk-web-resources/eqms-risk-common.js",
                "eqms-risk.css", "Risk register", "Take baseline");
        assertThat(page.body()).doesNotContain("eqms-mapping-link");
        for (String script : ProjectRiskServlet.SCRIPTS) {
            assertThat(page.body()).contains("src=\"/jira/download/resources/org.eqms.jira-risk-plugin:eqms-risk-web-resources/"
                    + script + "\"");
        }
        assertThat(page.body()).contains("Risk analysis", "eqms-hazard-form", "eqms-control-form",
                "<option value=\"INFORMATION\">Information hazards</option>", "data-plan-meaning=\"Approved\"",
                "eqms-fmea-form", "<option value=\"10\">10</option>", "eqms-production-form",
                "<option value=\"FIELD_ACTION\">Field safety corrective action</option>", "eqms-reevaluated-form",
                "data-reviewed-meaning=\"Reviewed\"", "data-approved-meaning=\"Approved\"", "eqms-report-sign")
                .doesNotContain("eqms-plan-form", "eqms-report-form");
    }

    @Test
    void aReaderGetsThePageWithoutChangingFormsAndTheAdminGetsTheMappingLink() throws Exception {
        HttpResponse<String> reader = get("/plugins/servlet/eqms-risk/project?key=INF", "u-rita");
        assertThat(reader.statusCode()).isEqualTo(200);
        assertThat(reader.body()).contains("data-can-edit=\"false\"", "eqms-analysis-tree", "eqms-plan-view")
                .doesNotContain("eqms-baseline-form", "eqms-soup-form", "eqms-analysis-form", "eqms-plan-form",
                        "eqms-fmea-form", "eqms-production-form", "eqms-reevaluated-form", "eqms-report-form");

        HttpResponse<String> admin = get("/plugins/servlet/eqms-risk/project?key=INF", "u-ann");
        assertThat(admin.body()).contains("href=\"/jira/plugins/servlet/eqms-risk/mapping?key=INF\"",
                "eqms-plan-form", "eqms-plan-approve", "data-can-administer=\"true\"", "eqms-report-form",
                "name=\"productionInformationMethods\"");
    }

    @Test
    void theMappingPageIsForProjectAdministratorsOnly() throws Exception {
        assertThat(get("/plugins/servlet/eqms-risk/mapping?key=INF", null).statusCode()).isEqualTo(401);
        HttpResponse<String> editor = get("/plugins/servlet/eqms-risk/mapping?key=INF", "u-erin");
        assertThat(editor.statusCode()).isEqualTo(403);
        assertThat(editor.body()).contains("Only administrators of this project can change its trace mapping");
        assertThat(get("/plugins/servlet/eqms-risk/mapping?key=1NF", "u-ann").statusCode()).isEqualTo(400);

        HttpResponse<String> admin = get("/plugins/servlet/eqms-risk/mapping?key=INF", "u-ann");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("<meta name=\"decorator\" content=\"admin\"/>",
                "<meta name=\"admin.active.tab\" content=\"eqms-risk-mapping-item\"/>", "trace-mapping.js",
                "data-project-key=\"INF\"", "Trace mapping of project", "Add issue type", "mapping.stale");
        assertThat(admin.body()).as("the signing roles form, one field per duty").contains("Signing roles",
                "data-duty=\"RISK_PLAN_APPROVAL\"", "data-duty=\"BASELINE_SIGNING\"",
                "Sign the risk management report Approved", "roles.stale");
    }
}
