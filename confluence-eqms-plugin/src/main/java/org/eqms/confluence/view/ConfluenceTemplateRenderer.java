package org.eqms.confluence.view;

import com.atlassian.confluence.util.velocity.VelocityUtils;
import org.eqms.view.TemplateRenderer;

import java.util.HashMap;
import java.util.Map;

/**
 * {@link TemplateRenderer} in Confluence: the product's Velocity engine through
 * {@code VelocityUtils.getRenderedTemplate(String, Map)}, whose anti-XSS mode escapes every reference not named as
 * HTML (our templates are {@code *.html.vm}, the documented opt-in). {@code VelocityUtils} is deprecated for removal
 * since 8.6 in favour of {@code VelocityHelperService}; it is still in the 9.1 javadoc. When it goes, only this
 * class changes.
 */
@SuppressWarnings("removal")
public final class ConfluenceTemplateRenderer implements TemplateRenderer {

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        return VelocityUtils.getRenderedTemplate(templatePath, new HashMap<>(context));
    }
}
