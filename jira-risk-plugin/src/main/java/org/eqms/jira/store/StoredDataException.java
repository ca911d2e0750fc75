package org.eqms.jira.store;

/**
 * What is stored cannot be read back as the record it should be: JSON that is malformed, has unknown or missing
 * members, values of the wrong type, a format this version does not know, or values the domain refuses. It means
 * the database was changed outside the app (or by a newer version of it); nothing is guessed.
 */
public final class StoredDataException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public StoredDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
