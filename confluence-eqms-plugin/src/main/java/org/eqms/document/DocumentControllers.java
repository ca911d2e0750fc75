package org.eqms.document;

/** Port: whether a user holds the document-controller role for the space of the document. */
@FunctionalInterface
public interface DocumentControllers {

    /** Whether the user may act as document controller for this document. */
    boolean isDocumentController(String userKey, String documentId);

    /** No one is a document controller (tests, or spaces without the role). */
    static DocumentControllers none() {
        return (userKey, documentId) -> false;
    }
}
