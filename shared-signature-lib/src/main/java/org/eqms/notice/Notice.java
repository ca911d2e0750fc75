package org.eqms.notice;

import java.time.Instant;

/**
 * A notification shown in the app: to one user ({@code recipient} is a user key) or to every administrator
 * ({@link #ADMINISTRATORS}). {@code kind} is an i18n-able code; {@code readAt} is null until the recipient reads it.
 */
public record Notice(long id, String recipient, String kind, String message, Instant createdAt, Instant readAt) {
    /** The recipient of administrator alerts (e.g. a signing lockout, 21 CFR 11.300(d)). */
    public static final String ADMINISTRATORS = "@administrators";
}
