package com.atlassian.confluence.pages;

import java.util.List;

/**
 * A Confluence page ({@code public class Page extends AbstractPage implements Hierarchical<Page>, ContentConvertible}).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/confluence/pages/Page.html
 * (class declaration, implements {@code Hierarchical<Page>}) and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.2.2/com/atlassian/confluence/core/Hierarchical.html
 * ({@code List<T> getAncestors()}, implemented by {@code Page}). {@code Hierarchical} itself is not declared
 * (its javadoc says "Please do not use this interface"); only the member implemented by {@code Page} is.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/confluence/pages/Page.html">Page</a>
 */
public class Page extends AbstractPage {

    /** Not for use: instances come from Confluence (declared so tests can mock this class). */
    protected Page() {
    }

    /** @return the page's ancestors, root first; empty for a top-level page */
    public List<Page> getAncestors() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
