package org.eqms.document;

import java.time.Instant;

/**
 * Port: the retention/integrity alerts raised so far, so that a problem found on every view of a page is audited and
 * alerted once per (document, revision, kind), not once per view. Implementations keep one row per key (UNIQUE) and
 * never delete one.
 */
public interface IntegrityAlerts {

    /**
     * Records the alert unless it is already recorded; joins the caller's transaction.
     *
     * @return true when newly raised by this call, false when it was already raised
     * @throws ConcurrentRaiseException when a concurrent transaction raised the same alert first (the caller's
     *                                  transaction must be rolled back; the alert is raised, by the other one)
     */
    boolean raiseOnce(String documentId, String revision, String kind, Instant at);

    /** Another transaction raised the same alert at the same moment; its commit won. */
    final class ConcurrentRaiseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ConcurrentRaiseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
