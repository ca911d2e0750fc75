package org.eqms.sandbox;

import org.eqms.jira.web.ProjectRiskServlet;
import org.eqms.jira.web.TraceMappingServlet;
import org.eqms.sandbox.confluence.ConfluenceSandboxApp;

/**
 * The sandbox's AUI header: where the apps' pages are, as Confluence's and Jira's navigation would reach them (the QMS
 * space, its space tools, Confluence administration, the INF project and its settings), the inbox with its unread
 * count (filled in by {@code sandbox-frame.js} from both apps' notifications), TOTP enrolment, the user and Log out.
 * Each link has a fixed id the end-to-end tests use.
 */
public final class SandboxHeader {
    public static final String INBOX_PATH = "/sandbox/inbox";
    public static final String TOTP_PATH = "/sandbox/totp";
    /** The notifications resources the unread count adds up (one per hosted app). */
    static final String NOTICE_SOURCES = "/rest/eqms/1.0/me/notifications /rest/eqms-risk/1.0/me/notifications";

    private static final String[][] PRIMARY = {
            {"sbx-nav-qms", "/display/QMS", "QMS space"},
            {"sbx-nav-space-tools", ConfluenceSandboxApp.SPACE_CONFIGURATION_PATH + "?key=QMS", "Space tools"},
            {"sbx-nav-confluence-admin", ConfluenceSandboxApp.GLOBAL_ADMIN_PATH, "Confluence administration"},
            {"sbx-nav-inf", ProjectRiskServlet.PATH + "?key=INF", "INF project"},
            {"sbx-nav-inf-settings", TraceMappingServlet.PATH + "?key=INF", "INF settings"},
    };

    private SandboxHeader() {
    }

    /** The header for the signed-in user's full name; only the sandbox's name when nobody is signed in. */
    static String html(String user) {
        StringBuilder html = new StringBuilder(2048);
        html.append("<header id=\"header\" role=\"banner\"><nav class=\"aui-header\" aria-label=\"site\">")
                .append("<div class=\"aui-header-inner\"><div class=\"aui-header-primary\">")
                .append("<span id=\"logo\" class=\"aui-header-logo aui-header-logo-textonly\"><a href=\"/\">")
                .append("<span class=\"aui-header-logo-device\">eQMS sandbox</span></a></span>");
        if (user == null) {
            return html.append("</div></div></nav></header>").toString();
        }
        html.append("<ul class=\"aui-nav\">");
        for (String[] link : PRIMARY) {
            link(html, link[0], link[1], link[2]);
        }
        html.append("</ul></div><div class=\"aui-header-secondary\"><ul class=\"aui-nav\">")
                .append("<li><a id=\"sbx-nav-inbox\" href=\"").append(INBOX_PATH).append("\" data-sources=\"")
                .append(NOTICE_SOURCES).append("\">Inbox <span id=\"sbx-inbox-count\" class=\"aui-badge\"></span></a></li>");
        link(html, "sbx-nav-totp", TOTP_PATH, "Authenticator");
        html.append("<li><span class=\"sbx-user\" id=\"sbx-user\">").append(SandboxPage.escape(user)).append("</span></li>")
                .append("<li><form method=\"post\" action=\"/logout\" class=\"sbx-logout\">")
                .append("<button class=\"aui-button\" id=\"logout\" type=\"submit\">Log out</button></form></li>")
                .append("</ul></div></div></nav></header>");
        return html.toString();
    }

    private static void link(StringBuilder html, String id, String href, String text) {
        html.append("<li><a id=\"").append(id).append("\" href=\"").append(SandboxPage.escape(href)).append("\">")
                .append(SandboxPage.escape(text)).append("</a></li>");
    }
}
