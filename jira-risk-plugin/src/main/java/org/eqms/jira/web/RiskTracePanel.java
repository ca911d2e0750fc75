package org.eqms.jira.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.plugin.web.model.WebPanel;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.jira.access.ProjectAccess;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.product.JiraProjectPermissions;
import org.eqms.jira.view.JiraUi;
import org.eqms.jira.view.ScriptTexts;
import org.eqms.jira.wiring.JiraRiskApp;
import org.eqms.trace.ItemRole;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The issue view panel of a trace item: its trace role (from the project's trace mapping, read here) and a container
 * that {@code eqms-risk/web/issue-trace-panel.js} fills with the issue's gaps and suspect links from
 * {@code /rest/eqms-risk/1.0/projects/{key}/gaps} and {@code /suspects}, filtered to this issue's item id. The gap
 * analysis runs over the whole project, so it is fetched after the issue page has loaded, never while Jira renders it.
 * Nothing is shown for issues that are not trace items, to anonymous viewers, or to viewers without Browse Projects.
 */
public class RiskTracePanel implements WebPanel {
    public static final String TEMPLATE = "templates/eqms-risk/issue-trace-panel.html.vm";

    private final UserManager users;
    private final ProjectAccess access;
    private final Function<String, Optional<ProjectTraceMapping>> mappings;
    private final PanelIssue issues;
    private final JiraUi ui;
    private final String contextPath;

    /**
     * @param mappings    the current trace mapping of a project
     * @param contextPath the host's context path, or {@code ""} to let the script read it from AUI
     */
    public RiskTracePanel(UserManager users, ProjectAccess access,
                          Function<String, Optional<ProjectTraceMapping>> mappings, PanelIssue issues, JiraUi ui,
                          String contextPath) {
        this.users = Objects.requireNonNull(users, "users");
        this.access = Objects.requireNonNull(access, "access");
        this.mappings = Objects.requireNonNull(mappings, "mappings");
        this.issues = Objects.requireNonNull(issues, "issues");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.contextPath = Objects.requireNonNull(contextPath, "contextPath");
    }

    /** The constructor Jira's plugin system injects; the context path is read in the browser from AUI. */
    @javax.inject.Inject
    public RiskTracePanel(@ComponentImport UserManager users, JiraProjectPermissions access, JiraRiskApp app) {
        this(users, access, app::mapping, PanelIssue.JIRA, JiraUi.standard(), "");
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        Optional<PanelIssue.Target> found = issues.issue(context);
        if (found.isEmpty()) {
            return "";
        }
        PanelIssue.Target issue = found.get();
        UserKey viewer = users.getRemoteUserKey();
        if (viewer == null || !access.canBrowse(viewer.getStringValue(), issue.projectKey())) {
            return "";
        }
        Optional<ItemRole> role = mappings.apply(issue.projectKey()).flatMap(m -> m.role(issue.issueTypeId()));
        if (role.isEmpty()) {
            return "";
        }
        Map<String, Object> model = new HashMap<>();
        model.put("i18n", ui.i18n());
        model.put("issueId", Long.toString(issue.issueId()));
        model.put("issueKey", issue.issueKey());
        model.put("projectKey", issue.projectKey());
        model.put("role", role.get().name());
        model.put("roleLabel", ui.i18n().getText(ScriptTexts.PREFIX + "role." + role.get().name()));
        model.put("contextPath", contextPath);
        model.put("projectPath", ProjectRiskServlet.PATH + "?key=" + issue.projectKey());
        model.put("textsJson", ScriptTexts.json(ui.i18n()));
        return ui.templates().render(TEMPLATE, model);
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        writer.write(getHtml(context));
    }
}
