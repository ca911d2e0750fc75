package org.eqms.document;

/**
 * The outcome of comparing a locked {@link EffectiveSnapshot} with the record it was taken from
 * ({@link SnapshotIntegrityCheck}). Every value but {@link #OK} is a retention/integrity problem: it is audited and
 * alerted once, and the snapshot remains the record that readers are served.
 */
public enum IntegrityStatus {
    /** Confluence still keeps the historical version, byte for byte as locked. */
    OK,
    /** Confluence no longer keeps the historical version (e.g. removed by a retention rule or by hand). */
    HISTORICAL_VERSION_MISSING,
    /** Confluence's historical version has a different content hash from the one locked (and signed). */
    HISTORICAL_VERSION_ALTERED,
    /** The stored snapshot's own title and body no longer hash to its locked content hash. */
    SNAPSHOT_ALTERED;

    public boolean problem() {
        return this != OK;
    }
}
