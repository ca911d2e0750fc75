package org.eqms.document;

import java.util.List;

/** Port: the signed review confirmations of documents; inserted once (one per signature), never changed. */
public interface ReviewConfirmations {
    void add(ReviewConfirmation confirmation);

    /** A document's confirmations, oldest first. */
    List<ReviewConfirmation> of(String documentId);
}
