package com.atlassian.confluence.core;

/**
 * The body of a piece of content; for a page, its storage-format XHTML.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/2.5/com/atlassian/confluence/core/BodyContent.html
 * ({@code public String getBody()}) and https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.3/com/atlassian/confluence/core/class-use/BodyContent.html
 * (still returned by {@code ContentEntityObject.getBodyContent()} in Confluence 9).
 */
public class BodyContent {

    /** Not for use: instances come from Confluence (declared so tests can create them). */
    protected BodyContent() {
    }

    /** @return the body, exactly as stored */
    public String getBody() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
