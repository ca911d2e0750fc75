package org.eqms.jira.web;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.jira.mapping.LinkTypeMapping;
import org.eqms.jira.mapping.ProjectTraceMapping;
import org.eqms.jira.mapping.VerificationStatusRule;
import org.eqms.jira.view.JiraTemplatesTest;
import org.eqms.jira.view.JiraUi;
import org.eqms.trace.ItemRole;
import org.eqms.trace.LinkType;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The issue view panel: shown for mapped issues to viewers who may browse the project, nothing otherwise. */
class RiskTracePanelTest {
    private static final ProjectTraceMapping MAPPING = new ProjectTraceMapping("INF", 3,
            Map.of("10003", ItemRole.RISK_CONTROL, "10005", ItemRole.VERIFICATION),
            Map.of("10100", LinkTypeMapping.outward(LinkType.MITIGATED_BY)), VerificationStatusRule.DEFAULT);

    private final UserManager users = mock(UserManager.class);
    private final RiskTracePanel panel = new RiskTracePanel(users, new RiskServletsTest.Permissions(),
            key -> "INF".equals(key) ? Optional.of(MAPPING) : Optional.empty(), PanelIssue.JIRA, JiraUi.standard(), "");

    /** The issue as Jira puts it into the web-panel context (Atlassian types, mocked). */
    private static Map<String, Object> context(long id, String key, String projectKey, String typeId, String summary) {
        Issue issue = mock(Issue.class);
        Project project = mock(Project.class);
        IssueType type = mock(IssueType.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        when(issue.getProjectObject()).thenReturn(project);
        when(issue.getIssueType()).thenReturn(type);
        when(project.getKey()).thenReturn(projectKey);
        when(type.getId()).thenReturn(typeId);
        Map<String, Object> context = new HashMap<>();
        context.put("issue", issue);
        context.put("project", project);
        return context;
    }

    private void viewer(String key) {
        when(users.getRemoteUserKey()).thenReturn(key == null ? null : new UserKey(key));
    }

    @Test
    void aMappedIssueShowsItsRoleAndTheContainerTheScriptFills() throws Exception {
        viewer("u-rita");
        String html = panel.getHtml(context(10042, "INF-42", "INF", "10003", JiraTemplatesTest.XSS));

        assertThat(html).contains("class=\"eqms-risk eqms-issue-trace\"", "data-issue-id=\"10042\"",
                "data-issue-key=\"INF-42\"", "data-project-key=\"INF\"", "data-role=\"RISK_CONTROL\"", "Risk control",
                "eqms-panel-gaps", "eqms-panel-suspects", "data-path=\"/plugins/servlet/eqms-risk/project?key=INF\"");
        assertThat(html).doesNotContain("<script", "<img");
        assertThat(JiraTemplatesTest.texts(html).get("link-type.MITIGATED_BY").asText()).isEqualTo("is mitigated by");

        StringWriter out = new StringWriter();
        panel.writeHtml(out, context(10042, "INF-42", "INF", "10003", "x"));
        assertThat(out.toString()).isEqualTo(html);
    }

    @Test
    void nothingForUnmappedIssuesOtherProjectsAnonymousViewersOrViewersWithoutBrowse() {
        viewer("u-rita");
        assertThat(panel.getHtml(context(1, "INF-1", "INF", "99999", "unmapped type"))).isEmpty();
        assertThat(panel.getHtml(context(2, "OPS-1", "OPS", "10003", "project never mapped"))).isEmpty();
        assertThat(panel.getHtml(Map.of())).isEmpty();
        assertThat(panel.getHtml(Map.of("issue", "not an issue"))).isEmpty();
        assertThat(panel.getHtml(null)).isEmpty();

        viewer(null);
        assertThat(panel.getHtml(context(3, "INF-3", "INF", "10003", "s"))).isEmpty();
        viewer("u-olga");
        assertThat(panel.getHtml(context(3, "INF-3", "INF", "10003", "s"))).isEmpty();
    }

    @Test
    void anIssueWithoutTypeOrProjectIsNotATraceItem() {
        viewer("u-rita");
        Map<String, Object> context = context(4, "INF-4", "INF", "10003", "s");
        when(((Issue) context.get("issue")).getIssueType()).thenReturn(null);
        assertThat(panel.getHtml(context)).isEmpty();
    }
}
