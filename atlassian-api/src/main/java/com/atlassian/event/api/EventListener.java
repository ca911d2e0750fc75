package com.atlassian.event.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a registered listener as handling the event type of its single parameter.
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/event/ConfluenceEventPublisherManager.html
 * ("listeners implementing EventListener interface or the annotation EventListener", handled by
 * {@code AnnotatedMethodsListenerHandler}) and https://docs.atlassian.com/atlassian-confluence/5.7.4/com/atlassian/confluence/tinymceplugin/listeners/PageLayoutCreateListener.html
 * ({@code @EventListener public void onPageCreateEvent(PageCreateEvent event)}). Runtime retention on methods (read
 * reflectively by the handler); the optional elements of the real annotation are left out.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/event/ConfluenceEventPublisherManager.html">ConfluenceEventPublisherManager</a>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EventListener {
}
