package org.eqms.confluence.web;

import java.util.Map;

/** Port: the page a web panel is rendered for, from the host's web-panel context. */
@FunctionalInterface
public interface WebPanelPage {

    /** The page id, or {@code null} when the panel is not rendered for a page. */
    Long pageId(Map<String, Object> context);

    /**
     * Confluence: the context entry {@code "page"} (the viewed {@code AbstractPage}), its documented {@code getId()}
     * called reflectively (the page types are declared by the page adapter). The key is Confluence's
     * {@code WebInterfaceContext.CONTEXT_KEY_PAGE}, whose constant exists in the javadoc
     * (https://docs.atlassian.com/atlassian-confluence/5.7/com/atlassian/confluence/plugin/descriptor/web/WebInterfaceContext.html)
     * but whose value {@code "page"} could not be checked there: verify on a test instance.
     */
    WebPanelPage CONFLUENCE = context -> {
        Object page = context == null ? null : context.get("page");
        if (page == null) {
            return null;
        }
        try {
            Object id = page.getClass().getMethod("getId").invoke(page);
            return id instanceof Number number && number.longValue() > 0 ? number.longValue() : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    };
}
