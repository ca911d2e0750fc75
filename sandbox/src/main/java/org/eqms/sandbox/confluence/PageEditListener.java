package org.eqms.sandbox.confluence;

/** What follows a saved page edit in the sandbox, as Confluence's page-updated event does in the product. */
@FunctionalInterface
public interface PageEditListener {
    void pageEdited(long pageId, String editorKey, String clientIp);
}
