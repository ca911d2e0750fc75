package org.eqms.confluence.pdf;

/** The page body is not well-formed Confluence storage format, so it cannot be printed faithfully. */
public class StorageFormatException extends RuntimeException {

    public StorageFormatException(String message) {
        super(message);
    }

    public StorageFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
