package com.atlassian.confluence.event.events.content.page;

/**
 * Published by Confluence when a page was updated (a new version saved); {@link #getPage()} is inherited from {@link PageEvent}.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Updated.html
 * (Updated (All Known Implementing Classes: ... PageUpdateEvent)). No member of its own is declared (none is called); the constructor exists so tests can mock.
 *
 * @see <a href="https://docs.atlassian.com/atlassian-confluence/6.3.3/com/atlassian/confluence/event/events/types/Updated.html">Updated (All Known Implementing Classes: ... PageUpdateEvent)</a>
 */
public class PageUpdateEvent extends PageEvent {

    /** Not for use: events are constructed by Confluence. */
    protected PageUpdateEvent() {
    }
}
