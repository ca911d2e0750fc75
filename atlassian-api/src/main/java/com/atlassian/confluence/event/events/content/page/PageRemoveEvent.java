package com.atlassian.confluence.event.events.content.page;

/**
 * Published by Confluence when a page was removed (purged); {@link #getPage()} is inherited from {@link PageEvent}.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Removed.html
 * (Removed (All Known Implementing Classes: ... PageRemoveEvent)). No member of its own is declared (none is called); the constructor exists so tests can mock.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Removed.html">Removed (All Known Implementing Classes: ... PageRemoveEvent)</a>
 */
public class PageRemoveEvent extends PageEvent {

    /** Not for use: events are constructed by Confluence. */
    protected PageRemoveEvent() {
    }
}
