package com.atlassian.confluence.util.velocity;

import java.util.Map;

/**
 * Confluence's static Velocity helper; renders a template with Confluence's engine (anti-XSS auto-escaping on).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0/com/atlassian/confluence/util/velocity/VelocityUtils.html
 * and https://docs.atlassian.com/ConfluenceServer/javadoc/9.1.2-m01-CONFSRVDEV-34295-remove-restv1/com/atlassian/confluence/util/velocity/VelocityUtils.html
 * ({@code static String getRenderedTemplate(String templateName, Map<?,?> contextMap)}). Since 8.6 the class is
 * {@code @Deprecated(forRemoval=true)} (https://docs.atlassian.com/ConfluenceServer/javadoc/8.7.1/com/atlassian/confluence/util/velocity/VelocityUtils.html,
 * "use VelocityHelperService"); it is still present in the 9.1 javadoc. This is a compile-only declaration: the body
 * is never run.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0/com/atlassian/confluence/util/velocity/VelocityUtils.html">VelocityUtils</a>
 */
@Deprecated(forRemoval = true)
public class VelocityUtils {

    public VelocityUtils() {
    }

    /** @return the rendered template */
    public static String getRenderedTemplate(String templateName, Map<?, ?> contextMap) {
        throw new UnsupportedOperationException("compile-only declaration of Confluence's VelocityUtils");
    }
}
