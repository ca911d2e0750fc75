package com.atlassian.confluence.pages;

import com.atlassian.confluence.core.SpaceContentEntityObject;

/**
 * Parent of the concrete {@code Page} and {@code BlogPost} classes.
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/7.14.0/com/atlassian/confluence/pages/AbstractPage.html
 * ({@code public abstract class AbstractPage extends SpaceContentEntityObject}; {@code AbstractPage getLatestVersion()}
 * "Get the latest, current version of this versioned object") and the 9.4.0 page
 * https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/confluence/pages/AbstractPage.html.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/7.14.0/com/atlassian/confluence/pages/AbstractPage.html">AbstractPage</a>
 */
public abstract class AbstractPage extends SpaceContentEntityObject {

    /** Not for use: instances come from Confluence. */
    protected AbstractPage() {
    }

    /** @return the latest, current version of this page (itself when it is the current version) */
    public AbstractPage getLatestVersion() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
