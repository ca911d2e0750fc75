package org.eqms.document;

import java.util.Optional;

/**
 * Port: saved revisions of each space's {@link SpaceSettings}. Revisions are only ever added (the history of a
 * configuration is kept); the newest one is in force.
 */
public interface SpaceSettingsStore {

    /** The configuration in force for the space; empty when the space was never configured. */
    Optional<SpaceSettings> current(String spaceKey);

    /** The keys of every space that was ever configured, sorted. */
    java.util.List<String> configuredSpaces();

    /**
     * Adds {@code settings} as the space's next revision ({@code settings.revision()}), joining the caller's
     * transaction. Throws {@link StaleRevisionException} when that revision already exists (someone saved first).
     */
    void add(SpaceSettings settings, String savedBy, java.time.Instant savedAt);

    /** The revision to be saved was taken by a concurrent save. */
    final class StaleRevisionException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StaleRevisionException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
