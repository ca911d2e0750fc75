package org.eqms.view;

import java.util.Map;

/**
 * Port: renders a Velocity template of an app ({@code templates/eqms/...}, {@code templates/eqms-risk/...}) with a
 * context, every reference HTML-escaped except those whose name marks them as HTML ({@link HtmlSafeReferences}). In
 * the products an adapter on the product's engine with its anti-XSS mode (Confluence's
 * {@code org.eqms.confluence.view.ConfluenceTemplateRenderer}); in tests and the sandbox
 * {@link VelocityTemplateRenderer} (velocity-engine-core 2.x configured to behave the same).
 */
public interface TemplateRenderer {

    /**
     * @param templatePath classpath path of the template, e.g. {@code templates/eqms/status-banner.html.vm}
     * @param context      the references the template may use; views only, logic stays in the Java view models
     * @return the rendered HTML
     */
    String render(String templatePath, Map<String, Object> context);
}
