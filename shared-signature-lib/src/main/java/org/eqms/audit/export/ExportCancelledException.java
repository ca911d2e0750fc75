package org.eqms.audit.export;

/** The user cancelled an export; what was written so far is incomplete and must be discarded. */
public final class ExportCancelledException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ExportCancelledException(long written) {
        super("export cancelled after " + written + " entries; the partial file is not a valid export");
    }
}
