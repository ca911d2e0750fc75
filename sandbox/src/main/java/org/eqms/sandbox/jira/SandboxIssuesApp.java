package org.eqms.sandbox.jira;

import com.atlassian.sal.api.user.UserManager;
import org.eqms.sandbox.SandboxApp;

import javax.servlet.http.HttpServlet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sandbox's Jira stand-in as the Jira app's companion: its issue API at {@value #REST_BASE} ({@link IssueResource})
 * and its issue pages ({@link IssuePages}). The INF issues are written by
 * {@link JiraSandboxApp#seedDemoData()}.
 */
public final class SandboxIssuesApp implements SandboxApp {
    public static final String REST_BASE = "/rest/sandbox-jira/1.0";

    private final SandboxJira jira;
    private final UserManager users;

    SandboxIssuesApp(SandboxJira jira, UserManager users) {
        this.jira = jira;
        this.users = users;
    }

    @Override
    public String name() {
        return "Sandbox Jira issues";
    }

    @Override
    public String restBase() {
        return REST_BASE;
    }

    @Override
    public List<Object> restResources() {
        return List.of(new IssueResource(jira, users));
    }

    @Override
    public Map<String, HttpServlet> servlets() {
        IssuePages pages = new IssuePages(jira, users);
        Map<String, HttpServlet> servlets = new LinkedHashMap<>();
        servlets.put(IssuePages.BROWSE, pages);
        servlets.put(IssuePages.PROJECTS, pages);
        return servlets;
    }

    @Override
    public void seedDemoData() {
        // the INF issues are the Jira app's demo data (its trace items are issues)
    }
}
