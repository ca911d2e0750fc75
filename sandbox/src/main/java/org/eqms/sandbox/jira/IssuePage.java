package org.eqms.sandbox.jira;

import static org.eqms.sandbox.SandboxPage.escape;

/**
 * {@code /browse/KEY}: the issue's type, status, summary and description, its links (each with a remove button), and
 * for editors the edit form and the link form. Element ids are what scripts and browser tests rely on.
 */
final class IssuePage {
    private IssuePage() {
    }

    static String html(SandboxJira jira, String userKey, SandboxIssue issue) {
        boolean canEdit = jira.canEdit(userKey, issue.project().key());
        StringBuilder body = new StringBuilder();
        body.append("<div id=\"sbx-issue\" data-key=\"").append(escape(issue.key())).append("\" data-rest=\"")
                .append(SandboxIssuesApp.REST_BASE).append("\">");
        body.append("<p><a href=\"/projects/").append(escape(issue.project().key())).append("/issues\">")
                .append(escape(issue.project().name())).append("</a> / <span id=\"key-val\">")
                .append(escape(issue.key())).append("</span></p>");
        body.append("<h2 id=\"summary-val\">").append(escape(issue.summary())).append("</h2>");
        body.append("<p>Type: <span id=\"type-val\">").append(escape(issue.type().name()))
                .append("</span> · Status: <span id=\"status-val\">").append(escape(issue.status().name()))
                .append("</span></p>");
        body.append("<div id=\"description-val\" style=\"white-space:pre-wrap\">").append(escape(issue.description()))
                .append("</div>");
        body.append("<div id=\"sbx-messages\"></div>");
        body.append("<h3>Issue links</h3><ul id=\"sbx-links\">");
        for (IssueLinkView link : IssueLinkView.of(jira, issue)) {
            body.append("<li class=\"sbx-issue-link\" data-link-id=\"").append(link.id()).append("\">")
                    .append(escape(link.label())).append(" <a href=\"/browse/").append(escape(link.other().key()))
                    .append("\">").append(escape(link.other().key())).append("</a> ")
                    .append(escape(link.other().summary()));
            if (canEdit) {
                body.append(" <button type=\"button\" class=\"aui-button sbx-link-remove\" data-link-id=\"")
                        .append(link.id()).append("\">Remove</button>");
            }
            body.append("</li>");
        }
        body.append("</ul>");
        if (canEdit) {
            body.append("<h3>Edit</h3><form id=\"sbx-edit-form\" class=\"aui\">")
                    .append("<div class=\"field-group\"><label for=\"sbx-edit-summary\">Summary</label>")
                    .append("<input class=\"text\" id=\"sbx-edit-summary\" value=\"").append(escape(issue.summary()))
                    .append("\"></div><div class=\"field-group\"><label for=\"sbx-edit-description\">Description")
                    .append("</label><textarea class=\"textarea\" rows=\"4\" cols=\"60\" id=\"sbx-edit-description\">")
                    .append(escape(issue.description())).append("</textarea></div>")
                    .append("<div class=\"field-group\"><label for=\"sbx-edit-status\">Status</label>")
                    .append("<select class=\"select\" id=\"sbx-edit-status\">");
            for (SandboxStatus status : SandboxJiraConfig.statuses()) {
                body.append("<option").append(status.equals(issue.status()) ? " selected" : "").append(">")
                        .append(escape(status.name())).append("</option>");
            }
            body.append("</select></div><button type=\"submit\" class=\"aui-button aui-button-primary\" ")
                    .append("id=\"sbx-issue-save\">Save</button></form>");
            body.append("<h3>Link</h3><form id=\"sbx-link-form\" class=\"aui\"><div class=\"field-group\">")
                    .append("<label for=\"sbx-link-type\">This issue</label><select class=\"select\" ")
                    .append("id=\"sbx-link-type\">");
            for (SandboxIssueLinkType type : SandboxJiraConfig.linkTypes()) {
                option(body, type, "outward", type.outward());
                if (!type.inward().equals(type.outward())) {
                    option(body, type, "inward", type.inward());
                }
            }
            body.append("</select></div><div class=\"field-group\"><label for=\"sbx-link-target\">Issue</label>")
                    .append("<input class=\"text\" id=\"sbx-link-target\" placeholder=\"")
                    .append(escape(issue.project().key())).append("-1\"></div><button type=\"submit\" ")
                    .append("class=\"aui-button aui-button-primary\" id=\"sbx-link-add\">Link</button></form>");
        }
        body.append("</div>");
        return body.toString();
    }

    private static void option(StringBuilder body, SandboxIssueLinkType type, String direction, String label) {
        body.append("<option value=\"").append(escape(type.name())).append('|').append(direction).append("\">")
                .append(escape(label)).append("</option>");
    }
}
