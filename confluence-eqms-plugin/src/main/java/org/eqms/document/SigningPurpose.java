package org.eqms.document;

/** What a signature on a controlled page is given for; each purpose has its own eligibility rule. */
public enum SigningPurpose {
    /** An approval of the revision In Review (counts toward its approval rule). */
    APPROVAL,
    /** The document controller's signed decision to make the effective revision obsolete. */
    OBSOLESCENCE
}
