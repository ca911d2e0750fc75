package com.atlassian.confluence.core;

import com.atlassian.confluence.user.ConfluenceUser;
import java.util.Date;

/**
 * Base class of Confluence content (pages, blog posts, comments, attachments...). In the product it extends
 * {@code AbstractVersionedEntityObject} → {@code ConfluenceEntityObject} → {@code com.atlassian.core.bean.EntityObject};
 * the members called here are declared on this class instead of on those super-classes.
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/confluence/pages/AbstractPage.html
 * (hierarchy; implements {@code Versioned}), https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.1/com/atlassian/confluence/core/class-use/BodyContent.html
 * and https://docs.atlassian.com/ConfluenceServer/javadoc/9.0.3/com/atlassian/confluence/core/class-use/BodyContent.html
 * ({@code BodyContent getBodyContent()} of {@code ContentEntityObject}) and DESIGN.md §3 ({@code Versioned.getVersion()}
 * verified).
 * NOT seen in a docs excerpt here, declared from Confluence's long-standing API and to be confirmed under
 * {@code -Patlassian}: {@code long getId()} (EntityObject), {@code String getTitle()}, {@code Date getLastModificationDate()} and {@code ConfluenceUser getLastModifier()}
 * (ConfluenceEntityObject).
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/confluence/pages/AbstractPage.html">AbstractPage (hierarchy through ContentEntityObject)</a>
 */
public abstract class ContentEntityObject {

    /** Not for use: instances come from Confluence (declared so tests can mock the subclasses). */
    protected ContentEntityObject() {
    }

    /** @return the content id (a historical version has its own id) */
    public long getId() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** @return the title */
    public String getTitle() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** @return the body (for a page: storage format, exactly as stored) */
    public BodyContent getBodyContent() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** @return the version number ({@code Versioned.getVersion()}), from 1 */
    public int getVersion() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** @return when this version was last modified */
    public Date getLastModificationDate() {
        throw new UnsupportedOperationException("compile-only declaration");
    }

    /** @return the user who last modified this version, or {@code null} (anonymous) */
    public ConfluenceUser getLastModifier() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
