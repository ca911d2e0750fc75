package org.eqms.audit.export;

/** Progress of a long export or verification, and the way to cancel it. */
public interface ExportProgress {
    void entries(long done, long total);

    default boolean cancelled() {
        return false;
    }

    ExportProgress SILENT = (done, total) -> { };
}
