package org.eqms.jira.web;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.jira.view.JiraUi;
import org.eqms.jira.view.ScriptTexts;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the app's page servlets share: who is asking (SAL {@code UserManager.getRemoteUser(HttpServletRequest)}), the
 * refusal page (401 anonymous, 403 not allowed, 400 bad address) and the rendered shell with its texts and resources.
 */
final class RiskPage {
    static final String REFUSAL_TEMPLATE = "templates/eqms-risk/refusal.html.vm";

    private final UserManager users;
    private final JiraUi ui;
    private final RiskWebResources resources;

    RiskPage(UserManager users, JiraUi ui, RiskWebResources resources) {
        this.users = Objects.requireNonNull(users, "users");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    /** The caller's user key, {@code null} when anonymous. */
    UserKey caller(HttpServletRequest request) {
        UserProfile profile = users.getRemoteUser(request);
        return profile == null ? null : profile.getUserKey();
    }

    void refuse(HttpServletResponse response, int status, String decorator, String messageKey) throws IOException {
        Map<String, Object> context = base(null, decorator);
        context.put("status", status);
        context.put("message", ui.i18n().getText(messageKey));
        write(response, status, ui.templates().render(REFUSAL_TEMPLATE, context));
    }

    void shell(HttpServletResponse response, String template, Map<String, Object> context) throws IOException {
        write(response, HttpServletResponse.SC_OK, ui.templates().render(template, context));
    }

    /** The references every page template has: texts, decorator, context path, style, shared script, script texts. */
    Map<String, Object> base(HttpServletRequest request, String decorator) {
        Map<String, Object> context = new HashMap<>();
        String contextPath = contextPath(request);
        context.put("i18n", ui.i18n());
        context.put("decorator", decorator);
        context.put("contextPath", contextPath);
        context.put("cssUrl", resources.url(contextPath, "eqms-risk.css"));
        context.put("commonScriptUrl", resources.url(contextPath, "eqms-risk-common.js"));
        context.put("textsJson", ScriptTexts.json(ui.i18n()));
        return context;
    }

    String script(HttpServletRequest request, String file) {
        return resources.url(contextPath(request), file);
    }

    JiraUi ui() {
        return ui;
    }

    private static String contextPath(HttpServletRequest request) {
        return request == null || request.getContextPath() == null ? "" : request.getContextPath();
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
