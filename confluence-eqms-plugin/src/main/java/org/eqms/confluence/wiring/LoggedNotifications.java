package org.eqms.confluence.wiring;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;

import org.eqms.document.UserNotifier;
import org.eqms.signature.AdminAlert;
import org.eqms.signature.Notifier;

/**
 * Notifications in the product, for now: written to the application log (admin alerts at ERROR, user notifications
 * such as periodic-review reminders at INFO). What they report is also stored and audited where it arises (signing
 * lockouts in the lockout store, snapshot integrity alerts in {@code AoIntegrityAlerts}, reminders in the reminder
 * log) and shown from there. Mail and in-app notifications through Confluence are still to come.
 */
final class LoggedNotifications implements Notifier, UserNotifier {
    private static final Logger LOG = System.getLogger("org.eqms.confluence.notifications");

    @Override
    public void alertAdmins(AdminAlert alert) {
        LOG.log(Level.ERROR, "eQMS admin alert {0} (user {1}) at {2}: {3}",
                alert.kind(), alert.userKey(), alert.time(), alert.message());
    }

    @Override
    public void notify(String userKey, String kind, String message) {
        LOG.log(Level.INFO, "eQMS notification {0} for user {1}: {2}", kind, userKey, message);
    }
}
