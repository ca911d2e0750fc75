package com.atlassian.confluence.content.render.xhtml;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * The context of a storage-to-view conversion, handed to every {@code Macro.execute} (since Confluence 4.0).
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/5.8.9/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 * and https://docs.atlassian.com/atlassian-confluence/5.5.1/com/atlassian/confluence/content/render/xhtml/ConversionContext.html
 * ({@code ContentEntityObject getEntity()}: "Get the current ContentEntityObject for this context";
 * {@code String getSpaceKey()}: "The spacekey for the current context if applicable or null otherwise").
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/5.8.9/com/atlassian/confluence/content/render/xhtml/ConversionContext.html">ConversionContext</a>
 */
public interface ConversionContext {

    /** @return the content being rendered, or null when there is none */
    ContentEntityObject getEntity();

    /** @return the space key for the current context if applicable, or null otherwise */
    String getSpaceKey();
}
