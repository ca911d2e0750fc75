package org.eqms.pdf;

/** The PDF could not be produced for a reason outside the page content (a missing bundled resource, an I/O failure). */
public class PdfExportException extends RuntimeException {

    public PdfExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
