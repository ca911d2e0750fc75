package org.eqms.document;

import java.time.LocalDate;

/**
 * Where a document's periodic review stands: the revision in force, the date the interval runs from (effective date
 * or last confirmation), the due date, and whether the review is {@link Due#OVERDUE}, {@link Due#DUE_SOON} (within
 * the reminder window) or not yet due.
 */
public record ReviewStatus(ControlledDocument document, String revisionLabel, LocalDate basis, LocalDate dueDate, Due due) {
    public enum Due {
        NOT_DUE, DUE_SOON, OVERDUE
    }
}
