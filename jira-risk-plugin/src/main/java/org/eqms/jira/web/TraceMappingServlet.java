package org.eqms.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.jira.access.ProjectAccess;
import org.eqms.jira.access.SigningDuty;
import org.eqms.jira.mapping.LinkDirection;
import org.eqms.jira.product.JiraProjectPermissions;
import org.eqms.jira.view.JiraUi;
import org.eqms.jira.view.ScriptTexts;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.eqms.trace.VerificationStatus;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * The project settings page of a project's trace mapping ({@code /plugins/servlet/eqms-risk/mapping?key=INF}): a
 * shell {@code eqms-risk/web/trace-mapping.js} fills from {@code GET /rest/eqms-risk/1.0/projects/{key}/mapping} and
 * saves with {@code PUT} and the revision read (409 when someone saved in between). Jira's issue types, link types and
 * statuses are offered by name from Jira's own REST API; the mapping stores their ids. Project administrators only
 * (401 anonymous, 403 others, 400 without a valid key); the REST resource checks again.
 */
public class TraceMappingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String TEMPLATE = "templates/eqms-risk/trace-mapping.html.vm";
    public static final String PATH = "/plugins/servlet/eqms-risk/mapping";
    /** Jira's administration decorator; with the meta tags of the template it shows the project settings sidebar. */
    static final String DECORATOR = "admin";
    /** The web-item key that selects this page in the project settings sidebar ({@code admin.active.tab}). */
    static final String WEB_ITEM = "eqms-risk-mapping-item";

    private final transient RiskPage page;
    private final transient ProjectAccess access;

    public TraceMappingServlet(UserManager users, ProjectAccess access, JiraUi ui, RiskWebResources resources) {
        this.page = new RiskPage(users, ui, resources);
        this.access = Objects.requireNonNull(access, "access");
    }

    /** The constructor Jira's plugin system injects (Spring Scanner). */
    @javax.inject.Inject
    public TraceMappingServlet(@ComponentImport UserManager users, JiraProjectPermissions access) {
        this(users, access, JiraUi.standard(), RiskWebResources.JIRA);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey caller = page.caller(request);
        if (caller == null) {
            page.refuse(response, HttpServletResponse.SC_UNAUTHORIZED, DECORATOR, "eqms.jira.ui.error.not-signed-in");
            return;
        }
        String projectKey = ProjectKeys.valid(request.getParameter("key"));
        if (projectKey == null) {
            page.refuse(response, HttpServletResponse.SC_BAD_REQUEST, DECORATOR, "eqms.jira.ui.error.project-key");
            return;
        }
        if (!access.canAdminister(caller.getStringValue(), projectKey)) {
            page.refuse(response, HttpServletResponse.SC_FORBIDDEN, DECORATOR, "eqms.jira.ui.error.not-admin");
            return;
        }
        Map<String, Object> context = page.base(request, DECORATOR);
        context.put("projectKey", projectKey);
        context.put("activeTab", WEB_ITEM);
        context.put("projectPath", ProjectRiskServlet.PATH + "?key=" + projectKey);
        context.put("roles", ScriptTexts.options(page.ui().i18n(), "role.", ItemRole.values()));
        context.put("linkTypes", ScriptTexts.options(page.ui().i18n(), "link-type.", LinkType.values()));
        context.put("directions", ScriptTexts.options(page.ui().i18n(), "direction.", LinkDirection.values()));
        context.put("verifications", ScriptTexts.options(page.ui().i18n(), "verification.", VerificationStatus.values()));
        context.put("signingDuties", ScriptTexts.options(page.ui().i18n(), "duty.", SigningDuty.values()));
        context.put("scriptUrl", page.script(request, "trace-mapping.js"));
        page.shell(response, TEMPLATE, context);
    }
}
