package org.eqms.document;

import java.util.function.Supplier;

/**
 * Port: serialises every change of one document (cluster-wide in the product), so an approval and an edit of the
 * same page cannot interleave: one of them sees the other's outcome.
 */
public interface DocumentLocks {
    <T> T withDocumentLock(String documentId, Supplier<T> work);
}
