package org.eqms.document;

/** Where a revision of a controlled document stands in its lifecycle. */
public enum DocumentState {
    DRAFT, IN_REVIEW, APPROVED, EFFECTIVE, SUPERSEDED, OBSOLETE
}
