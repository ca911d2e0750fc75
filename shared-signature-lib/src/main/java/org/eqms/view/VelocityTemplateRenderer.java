package org.eqms.view;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@link TemplateRenderer} on velocity-engine-core 2.x for tests and the sandbox, configured like Confluence's
 * engine: templates from the classpath, every reference HTML-escaped by {@link HtmlSafeNamingEscaper} (the anti-XSS
 * naming rule), and the 1.x behaviours Confluence's Velocity has: backward-compatible whitespace gobbling and
 * {@code #if} false only for null/false (not for empty strings or collections).
 */
public final class VelocityTemplateRenderer implements TemplateRenderer {
    private final VelocityEngine engine;

    public VelocityTemplateRenderer() {
        engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "class");
        engine.setProperty("resource.loader.class.class", ClasspathResourceLoader.class.getName());
        engine.setProperty("resource.loader.class.cache", "true");
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, HtmlSafeNamingEscaper.class.getName());
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
        engine.setProperty(RuntimeConstants.CHECK_EMPTY_OBJECTS, "false");
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "false");
        engine.init();
    }

    @Override
    public String render(String templatePath, Map<String, Object> context) {
        Template template = engine.getTemplate(templatePath, StandardCharsets.UTF_8.name());
        StringWriter out = new StringWriter();
        template.merge(new VelocityContext(new java.util.HashMap<>(context)), out);
        return out.toString();
    }
}
