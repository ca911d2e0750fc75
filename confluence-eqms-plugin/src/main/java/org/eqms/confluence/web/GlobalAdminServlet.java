package org.eqms.confluence.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.confluence.view.ConfluenceI18n;
import org.eqms.confluence.view.ConfluenceTemplateRenderer;
import org.eqms.view.I18n;
import org.eqms.view.TemplateRenderer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * The global administration page: the signing policy ({@code GET/PUT /rest/eqms/1.0/admin/signing-policy}) and the
 * signing lockouts ({@code GET /rest/eqms/1.0/admin/lockouts}), filled by {@code eqms/web/global-admin.js}. System
 * administrators only (SAL {@code UserManager.isSystemAdmin}); 401 anonymous, 403 others.
 */
public class GlobalAdminServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String TEMPLATE = "templates/eqms/global-admin.html.vm";
    /** "For application administration pages" (Using Standard Page Decorators). */
    static final String DECORATOR = "atl.admin";

    private final transient AdminPage page;

    public GlobalAdminServlet(UserManager users, TemplateRenderer templates, I18n i18n, WebResources resources) {
        this.page = new AdminPage(users, templates, i18n, resources);
    }

    /** The constructor Confluence's plugin system injects (Spring Scanner). */
    @javax.inject.Inject
    public GlobalAdminServlet(@ComponentImport UserManager users) {
        this(users, new ConfluenceTemplateRenderer(), ConfluenceI18n.english(), WebResources.CONFLUENCE);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey caller = page.caller(request);
        if (caller == null) {
            page.refuse(response, HttpServletResponse.SC_UNAUTHORIZED, DECORATOR, "eqms.admin.error.not-signed-in");
            return;
        }
        if (!page.isSystemAdmin(caller)) {
            page.refuse(response, HttpServletResponse.SC_FORBIDDEN, DECORATOR, "eqms.admin.error.not-system-admin");
            return;
        }
        Map<String, Object> context = page.base(request, DECORATOR);
        context.put("scriptUrl", page.script(request, "global-admin.js"));
        page.shell(response, TEMPLATE, context);
    }
}
