package org.eqms.notice;

/** Port: tells one user something (mail and in-app in the products, the inbox in the sandbox). */
@FunctionalInterface
public interface UserNotifier {
    /**
     * @param kind    an i18n-able code of the notification, e.g. {@code review.due-soon}
     * @param message the English text
     */
    void notify(String userKey, String kind, String message);
}
