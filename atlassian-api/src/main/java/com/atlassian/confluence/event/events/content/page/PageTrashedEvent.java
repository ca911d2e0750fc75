package com.atlassian.confluence.event.events.content.page;

/**
 * Published by Confluence when a page was moved to the space trash; {@link #getPage()} is inherited from {@link PageEvent}.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Trashed.html
 * (Trashed (All Known Implementing Classes: ... PageTrashedEvent)). No member of its own is declared (none is called); the constructor exists so tests can mock.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Trashed.html">Trashed (All Known Implementing Classes: ... PageTrashedEvent)</a>
 */
public class PageTrashedEvent extends PageEvent {

    /** Not for use: events are constructed by Confluence. */
    protected PageTrashedEvent() {
    }
}
