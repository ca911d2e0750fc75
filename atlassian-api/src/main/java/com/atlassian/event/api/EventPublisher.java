package com.atlassian.event.api;

/**
 * The product's event bus (a product component, imported with {@code @ComponentImport}). Listeners register
 * themselves and unregister when their plugin is disabled.
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/event/ConfluenceEventPublisherManager.html
 * ({@code implements com.atlassian.event.api.EventPublisher}: {@code void register(Object o)},
 * {@code void unregister(Object o)}, {@code void publish(Object o)}); registration rule from
 * https://developer.atlassian.com/server/confluence/annotation-based-event-listener-legacy ("The event listener must
 * also register itself with the EventPublisher ... unregister itself when the plugin is disabled or uninstalled").
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/event/ConfluenceEventPublisherManager.html">ConfluenceEventPublisherManager (implements EventPublisher)</a>
 */
public interface EventPublisher {

    /** Registers every {@link EventListener} method of the listener. */
    void register(Object listener);

    /** Removes the listener's registrations. */
    void unregister(Object listener);
}
