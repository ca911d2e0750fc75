package org.eqms.document;

import java.util.List;
import java.util.Optional;

/**
 * Port: controlled documents, their revisions (with the approvals collected for each) and the locked effective
 * snapshots. Implementations keep one document per page and one number per space (UNIQUE), one revision per
 * (document, label), and never delete a revision, an approval or a snapshot.
 */
public interface DocumentRepository {

    /** Inserts a new document; refuses a second document for the same page or number with {@link DuplicateDocumentException}. */
    void add(ControlledDocument document);

    Optional<ControlledDocument> byId(String documentId);

    Optional<ControlledDocument> byPage(long pageId);

    /**
     * The document with this number in the first space (by key) that has one: numbers are unique within a space only
     * (a reference from outside the space, e.g. a Jira risk control, names just the number).
     */
    Optional<ControlledDocument> firstByNumber(String documentNumber);

    /** Documents of a space, by number. */
    List<ControlledDocument> inSpace(String spaceKey);

    /** Inserts or updates the revision (document id + label), with its approvals; approvals are only ever added or marked invalidated. */
    void save(Revision revision);

    Optional<Revision> revision(String documentId, String label);

    /** Every revision of a document, oldest first. */
    List<Revision> revisions(String documentId);

    void addSnapshot(EffectiveSnapshot snapshot);

    /** Snapshots of a document, oldest first (one per revision that became Effective). */
    List<EffectiveSnapshot> snapshots(String documentId);

    /** Refused insert: the page is already controlled or the number is taken. */
    final class DuplicateDocumentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DuplicateDocumentException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
