package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.ContentEntityObject;

/**
 * One version of a file attached to content (a {@code ContentEntityObject} since Confluence 5.7; {@code getVersion()}
 * and {@code getLastModificationDate()} are inherited).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/7.13.5/com/atlassian/confluence/pages/AttachmentManager.html
 * (takes and returns {@code Attachment}; "Get all versions of an attachment") and
 * https://docs.atlassian.com/atlassian-confluence/5.8.6/com/atlassian/confluence/pageobjects/component/attachment/AttachmentContainer.html
 * ({@code getFileName}). {@code String getFileName()} of the product class was not seen in an excerpt here; it is the
 * attachment's name on its container, to be confirmed under {@code -Patlassian}.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/7.13.5/com/atlassian/confluence/pages/AttachmentManager.html">AttachmentManager (uses Attachment)</a>
 */
public class Attachment extends ContentEntityObject {

    /** Not for use: instances come from Confluence (declared so tests can mock this class). */
    protected Attachment() {
    }

    /** @return the file name, unique per container among the latest versions */
    public String getFileName() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
