package org.eqms.confluence.web;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.view.I18n;
import org.eqms.view.TemplateRenderer;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the admin page servlets share: who is asking (SAL {@code UserManager.getRemoteUser(HttpServletRequest)}),
 * the refusal page (401 anonymous, 403 not allowed, 400 bad request) and the rendered shell.
 */
final class AdminPage {
    static final String REFUSAL_TEMPLATE = "templates/eqms/admin-refusal.html.vm";

    private final UserManager users;
    private final TemplateRenderer templates;
    private final I18n i18n;
    private final WebResources resources;

    AdminPage(UserManager users, TemplateRenderer templates, I18n i18n, WebResources resources) {
        this.users = Objects.requireNonNull(users, "users");
        this.templates = Objects.requireNonNull(templates, "templates");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    /** The caller's user key, {@code null} when anonymous. */
    UserKey caller(HttpServletRequest request) {
        UserProfile profile = users.getRemoteUser(request);
        return profile == null ? null : profile.getUserKey();
    }

    boolean isSystemAdmin(UserKey key) {
        return users.isSystemAdmin(key);
    }

    I18n i18n() {
        return i18n;
    }

    void refuse(HttpServletResponse response, int status, String decorator, String messageKey) throws IOException {
        Map<String, Object> context = base(null, decorator);
        context.put("status", status);
        context.put("message", i18n.getText(messageKey));
        write(response, status, templates.render(REFUSAL_TEMPLATE, context));
    }

    void shell(HttpServletResponse response, String template, Map<String, Object> context) throws IOException {
        write(response, HttpServletResponse.SC_OK, templates.render(template, context));
    }

    /** The references every admin template has: texts, decorator, context path, and the page's script and style. */
    Map<String, Object> base(HttpServletRequest request, String decorator) {
        Map<String, Object> context = new HashMap<>();
        String contextPath = request == null || request.getContextPath() == null ? "" : request.getContextPath();
        context.put("i18n", i18n);
        context.put("decorator", decorator);
        context.put("contextPath", contextPath);
        context.put("cssUrl", resources.url(contextPath, "eqms.css"));
        context.put("commonScriptUrl", resources.url(contextPath, "eqms-common.js"));
        return context;
    }

    String script(HttpServletRequest request, String file) {
        return resources.url(request.getContextPath() == null ? "" : request.getContextPath(), file);
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(html);
    }
}
