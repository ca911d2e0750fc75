package org.eqms.confluence.web;

import com.atlassian.plugin.web.model.WebPanel;
import org.eqms.confluence.view.ConfluenceI18n;
import org.eqms.confluence.view.ConfluenceTemplateRenderer;
import org.eqms.view.I18n;
import org.eqms.view.TemplateRenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The document actions bar on every page: a container that eqms/web/document-actions.js fills with the actions the
 * REST API says the viewer can take now. It holds no data itself, so it needs no permission check; the API checks.
 */
public class DocumentActionsWebPanel implements WebPanel {
    public static final String TEMPLATE = "templates/eqms/document-actions.html.vm";

    private final TemplateRenderer templates;
    private final I18n i18n;
    private final WebPanelPage page;
    private final String contextPath;

    public DocumentActionsWebPanel(TemplateRenderer templates, I18n i18n, WebPanelPage page, String contextPath) {
        this.templates = Objects.requireNonNull(templates, "templates");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.page = Objects.requireNonNull(page, "page");
        this.contextPath = Objects.requireNonNull(contextPath, "contextPath");
    }

    /** The constructor Confluence's plugin system injects; the context path is read in the browser from AUI. */
    @javax.inject.Inject
    public DocumentActionsWebPanel() {
        this(new ConfluenceTemplateRenderer(), ConfluenceI18n.english(), WebPanelPage.CONFLUENCE, "");
    }

    @Override
    public String getHtml(Map<String, Object> context) {
        Long pageId = page.pageId(context);
        if (pageId == null) {
            return "";
        }
        Map<String, Object> model = new HashMap<>();
        model.put("pageId", pageId);
        model.put("contextPath", contextPath);
        model.put("i18n", i18n);
        return templates.render(TEMPLATE, model);
    }

    @Override
    public void writeHtml(Writer writer, Map<String, Object> context) throws IOException {
        writer.write(getHtml(context));
    }
}
