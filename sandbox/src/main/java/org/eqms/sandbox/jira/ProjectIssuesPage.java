package org.eqms.sandbox.jira;

import java.util.List;

import static org.eqms.sandbox.SandboxPage.escape;

/** {@code /projects/KEY/issues}: the project's issues by number, and for editors the create form. */
final class ProjectIssuesPage {
    private ProjectIssuesPage() {
    }

    static String html(SandboxJira jira, String userKey, String projectKey, List<SandboxIssue> issues) {
        StringBuilder body = new StringBuilder();
        body.append("<div id=\"sbx-project\" data-project=\"").append(escape(projectKey)).append("\" data-rest=\"")
                .append(SandboxIssuesApp.REST_BASE).append("\">");
        body.append("<p><a href=\"/plugins/servlet/eqms-risk/project?key=").append(escape(projectKey))
                .append("\">Risk file and trace</a></p><div id=\"sbx-messages\"></div>");
        body.append("<table class=\"aui\" id=\"sbx-issues\"><thead><tr><th>Key</th><th>Type</th><th>Status</th>")
                .append("<th>Summary</th></tr></thead><tbody>");
        for (SandboxIssue issue : issues) {
            body.append("<tr><td><a class=\"sbx-issue-link-key\" href=\"/browse/").append(escape(issue.key()))
                    .append("\">").append(escape(issue.key())).append("</a></td><td>")
                    .append(escape(issue.type().name())).append("</td><td>").append(escape(issue.status().name()))
                    .append("</td><td>").append(escape(issue.summary())).append("</td></tr>");
        }
        body.append("</tbody></table>");
        if (jira.canEdit(userKey, projectKey)) {
            body.append("<h3>Create issue</h3><form id=\"sbx-create-form\" class=\"aui\">")
                    .append("<div class=\"field-group\"><label for=\"sbx-create-type\">Issue type</label>")
                    .append("<select class=\"select\" id=\"sbx-create-type\">");
            for (SandboxIssueType type : SandboxJiraConfig.issueTypes()) {
                body.append("<option value=\"").append(escape(type.name())).append("\">").append(escape(type.name()))
                        .append("</option>");
            }
            body.append("</select></div><div class=\"field-group\"><label for=\"sbx-create-summary\">Summary</label>")
                    .append("<input class=\"text\" id=\"sbx-create-summary\"></div><div class=\"field-group\">")
                    .append("<label for=\"sbx-create-description\">Description</label><textarea class=\"textarea\" ")
                    .append("rows=\"4\" cols=\"60\" id=\"sbx-create-description\"></textarea></div>")
                    .append("<button type=\"submit\" class=\"aui-button aui-button-primary\" ")
                    .append("id=\"sbx-create-submit\">Create</button></form>");
        }
        body.append("</div>");
        return body.toString();
    }
}
