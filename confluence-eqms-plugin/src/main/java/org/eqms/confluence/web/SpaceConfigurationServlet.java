package org.eqms.confluence.web;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import org.eqms.confluence.access.ContentPermissions;
import org.eqms.confluence.product.ConfluenceContentPermissions;
import org.eqms.confluence.view.ConfluenceI18n;
import org.eqms.confluence.view.ConfluenceTemplateRenderer;
import org.eqms.view.I18n;
import org.eqms.view.TemplateRenderer;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * The space-tools page of a space's document-control configuration ({@code ?key=SPACEKEY}): a shell the script
 * {@code eqms/web/space-admin.js} fills from {@code GET/PUT /rest/eqms/1.0/spaces/{key}/configuration}. Space
 * administrators only (401 anonymous, 403 others, 400 without a space key); the REST resource checks again.
 */
public class SpaceConfigurationServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String TEMPLATE = "templates/eqms/space-admin.html.vm";
    /** "For the header and footer of general pages" (Using Standard Page Decorators); see the report on space tools. */
    static final String DECORATOR = "atl.general";
    private static final java.util.regex.Pattern SPACE_KEY = java.util.regex.Pattern.compile("[A-Za-z0-9~_-]{1,255}");

    private final transient AdminPage page;
    private final transient ContentPermissions permissions;

    public SpaceConfigurationServlet(UserManager users, ContentPermissions permissions, TemplateRenderer templates,
                                     I18n i18n, WebResources resources) {
        this.page = new AdminPage(users, templates, i18n, resources);
        this.permissions = Objects.requireNonNull(permissions, "permissions");
    }

    /** The constructor Confluence's plugin system injects (Spring Scanner). */
    @javax.inject.Inject
    public SpaceConfigurationServlet(@ComponentImport UserManager users, ConfluenceContentPermissions permissions) {
        this(users, permissions, new ConfluenceTemplateRenderer(), ConfluenceI18n.english(), WebResources.CONFLUENCE);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey caller = page.caller(request);
        if (caller == null) {
            page.refuse(response, HttpServletResponse.SC_UNAUTHORIZED, DECORATOR, "eqms.admin.error.not-signed-in");
            return;
        }
        String spaceKey = request.getParameter("key");
        if (spaceKey == null || !SPACE_KEY.matcher(spaceKey).matches()) {
            page.refuse(response, HttpServletResponse.SC_BAD_REQUEST, DECORATOR, "eqms.admin.error.space-key");
            return;
        }
        if (!permissions.isSpaceAdmin(caller.getStringValue(), spaceKey)) {
            page.refuse(response, HttpServletResponse.SC_FORBIDDEN, DECORATOR, "eqms.admin.error.not-space-admin");
            return;
        }
        Map<String, Object> context = page.base(request, DECORATOR);
        context.put("spaceKey", spaceKey);
        context.put("scriptUrl", page.script(request, "space-admin.js"));
        page.shell(response, TEMPLATE, context);
    }
}
