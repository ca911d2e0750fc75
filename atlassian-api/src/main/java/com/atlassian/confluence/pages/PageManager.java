package com.atlassian.confluence.pages;

/**
 * Confluence's page and blog-post service (a product component, imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/4.2/com/atlassian/confluence/pages/PageManager.html
 * (interface, {@code extends ContentEntityManager}; {@code getAbstractPage(long)} is there but not called),
 * https://docs.atlassian.com/atlassian-confluence/6.0.7/com/atlassian/confluence/content/service/page/IdAndVersionPageLocator.html
 * (a page locator built on {@code PageManager} from a page id and a version) and DESIGN.md §3's verified facts
 * ({@code PageManager.getPage(long)}, {@code getPageByVersion}). The method table excerpts here stop before
 * {@code getPage}/{@code getPageByVersion}; their signatures are those Confluence's own
 * {@code IdAndVersionPageLocator.getPage()} calls ({@code Page getPage(long)},
 * {@code AbstractPage getPageByVersion(AbstractPage, int)}, returning {@code null} when absent).
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/4.2/com/atlassian/confluence/pages/PageManager.html">PageManager</a>
 */
public interface PageManager {

    /** @return the page with this content id, or {@code null} if there is none */
    Page getPage(long pageId);

    /** @return that version of the page or blog post, or {@code null} if Confluence no longer keeps it */
    AbstractPage getPageByVersion(AbstractPage abstractPage, int version);
}
