package com.atlassian.confluence.event.events.content.page;

import com.atlassian.confluence.pages.Page;

/**
 * Base of the page events (in the product: {@code PageEvent extends ContentEvent}, constructed by Confluence).
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Updated.html
 * and https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Removed.html
 * (PageUpdateEvent, PageRemoveEvent), with the page getter pattern of
 * https://docs.atlassian.com/atlassian-confluence/4.2.8/com/atlassian/confluence/event/events/like/PageLikeEvent.html
 * ({@code public Page getPage()}). {@code getPage()} on {@code PageEvent} itself was not seen in an excerpt here; to be
 * confirmed under {@code -Patlassian}. Only the getter is declared; the constructor exists so tests can mock.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Updated.html">Updated (implemented by PageUpdateEvent)</a>
 */
public abstract class PageEvent {

    /** Not for use: events are constructed by Confluence. */
    protected PageEvent() {
    }

    /** @return the page the event is about (for an update, the new version) */
    public Page getPage() {
        throw new UnsupportedOperationException("compile-only declaration");
    }
}
