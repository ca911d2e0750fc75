package org.eqms.signature;

import java.time.Instant;

/** An alert to administrators, e.g. a signing lockout (21 CFR 11.300(d)). {@code kind} is an i18n-able code. */
public record AdminAlert(String kind, String userKey, String message, Instant time) {
}
