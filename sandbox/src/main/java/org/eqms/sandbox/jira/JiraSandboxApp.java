package org.eqms.sandbox.jira;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.jira.documents.ControlledDocumentDirectory;
import org.eqms.jira.product.JiraTraceListener;
import org.eqms.jira.rest.ExportResource;
import org.eqms.jira.rest.ReqifImportResource;
import org.eqms.jira.rest.RiskAnalysisResource;
import org.eqms.jira.rest.RiskReportResource;
import org.eqms.jira.rest.RiskResource;
import org.eqms.jira.rest.SigningRolesResource;
import org.eqms.jira.rest.TraceMappingResource;
import org.eqms.jira.rest.TraceResource;
import org.eqms.jira.store.JiraEntities;
import org.eqms.jira.view.JiraUi;
import org.eqms.jira.web.ProjectRiskServlet;
import org.eqms.jira.web.RiskWebResources;
import org.eqms.jira.web.TraceMappingServlet;
import org.eqms.jira.wiring.JiraRiskApp;
import org.eqms.rest.notices.NoticeResource;
import org.eqms.rest.signing.SigningAdministrationResource;
import org.eqms.rest.signing.TotpEnrolmentResource;
import org.eqms.notice.Notices;
import org.eqms.sandbox.ClasspathResourceServlet;
import org.eqms.sandbox.SandboxApp;
import org.eqms.sandbox.SandboxPlatform;
import org.eqms.store.ao.SignatureLibEntities;
import net.java.ao.RawEntity;
import org.eqms.sal.PluginSettingsSigningPolicyStore;

import javax.servlet.http.HttpServlet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Jira risk and traceability app as shipped, on the sandbox platform: {@link JiraRiskApp} built with its
 * test/sandbox constructor, its REST resources at {@value #REST_BASE}, its project page and trace mapping page
 * (their scripts served from the app's {@code eqms-risk/web/} at the path Jira's plugin framework would use), and
 * the INF demo project. Its issues live in the sandbox's Jira stand-in ({@link SandboxJira}, its API and pages the
 * companion {@link SandboxIssuesApp}); the app's own {@link JiraTraceListener} follows their events and keeps the
 * trace in step, as in Jira.
 */
public final class JiraSandboxApp implements SandboxApp {
    public static final String REST_BASE = "/rest/eqms-risk/1.0";

    private final JiraRiskApp app;
    private final SandboxPlatform platform;
    private final SandboxProjectAccess access = new SandboxProjectAccess();
    private final SandboxIssueStore issues;
    private final SandboxJira jira;
    private final SandboxIssueManager issueManager;
    private final SandboxIssueLinkManager issueLinkManager;
    private final SandboxIssuesApp issuesApp;

    public JiraSandboxApp(SandboxPlatform platform) {
        this(platform, ControlledDocumentDirectory.NONE);
    }

    /** With the directory the risk controls' document references resolve in (the hosted Confluence app's). */
    public JiraSandboxApp(SandboxPlatform platform, ControlledDocumentDirectory documents) {
        this.platform = platform;
        ActiveObjects ao = platform.activeObjects().forNamespace(JiraEntities.NAMESPACE);
        ao.migrate(entities());
        app = new JiraRiskApp(ao, platform.clusterLocks(), platform.userManager(), new PluginSettingsSigningPolicyStore(
                platform.pluginSettings().forNamespace(JiraEntities.NAMESPACE)),
                platform.keyEncryptionKey(), access, platform.clock(), documents);
        ActiveObjects jiraTables = platform.activeObjects().forNamespace(SandboxJiraEntities.NAMESPACE);
        jiraTables.migrate(SandboxJiraEntities.array());
        issues = new SandboxIssueStore(jiraTables, platform.clusterLocks(), platform.clock());
        SandboxEventPublisher events = new SandboxEventPublisher();
        TraceRefusalCollector refusals = new TraceRefusalCollector(app);
        jira = new SandboxJira(issues, events, refusals, access, platform.userManager(), platform.clock());
        // The app's own listener, built as Spring builds it in Jira; it registers itself with the publisher.
        issueManager = new SandboxIssueManager(issues);
        issueLinkManager = new SandboxIssueLinkManager(issues, jira);
        new JiraTraceListener(events, issueManager, issueLinkManager, app, app, refusals, platform.clock());
        issuesApp = new SandboxIssuesApp(jira, platform.userManager());
    }

    @Override
    public String name() {
        return "Jira risk and traceability";
    }

    @Override
    public String restBase() {
        return REST_BASE;
    }

    @Override
    public List<Object> restResources() {
        return List.of(new TraceResource(app), new TraceMappingResource(app), new RiskResource(app),
                new RiskAnalysisResource(app), new RiskReportResource(app), new ExportResource(app),
                new ReqifImportResource(app), new SigningRolesResource(app), new SigningAdministrationResource(app),
                new TotpEnrolmentResource(app), new NoticeResource(app));
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put(ProjectRiskServlet.PATH, new ProjectRiskServlet(platform.userManager(), access,
                JiraUi.standard(), RiskWebResources.JIRA));
        servlets.put(TraceMappingServlet.PATH, new TraceMappingServlet(platform.userManager(), access,
                JiraUi.standard(), RiskWebResources.JIRA));
        servlets.put("/download/resources/" + RiskWebResources.MODULE + "/*",
                new ClasspathResourceServlet("eqms-risk/web/"));
        return servlets;
    }

    @Override
    public Map<String, String> links() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("INF risk file and trace", ProjectRiskServlet.PATH + "?key=" + SandboxProjectAccess.PROJECT);
        links.put("INF trace mapping", TraceMappingServlet.PATH + "?key=" + SandboxProjectAccess.PROJECT);
        links.put("INF issues", "/projects/" + SandboxProjectAccess.PROJECT + "/issues");
        return links;
    }

    /** The sandbox's Jira issues, links and their pages, whose events the app's trace listener follows. */
    @Override
    public List<SandboxApp> companions() {
        return List.of(issuesApp);
    }

    @Override
    public void seedDemoData() {
        new InfDemoData(app, issues).write();
    }

    /** The app's entities and the shared library's, in the app's namespace as its {@code <ao>} module lists them. */
    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>>[] entities() {
        List<Class<? extends RawEntity<?>>> all = new ArrayList<>(JiraEntities.all());
        all.addAll(SignatureLibEntities.all());
        return all.toArray(new Class[0]);
    }

    /** The sandbox's Jira issues, for tests. */
    public SandboxJira jira() {
        return jira;
    }

    /** Jira's {@code IssueManager} as the app's listener sees it. */
    public SandboxIssueManager issueManager() {
        return issueManager;
    }

    /** Jira's {@code IssueLinkManager} as the app's listener sees it. */
    public SandboxIssueLinkManager issueLinkManager() {
        return issueLinkManager;
    }

    @Override
    public Optional<Notices> notices() {
        return Optional.of(app.notices().notices());
    }

    /** The app itself, for tests and the demo data. */
    public JiraRiskApp app() {
        return app;
    }
}
