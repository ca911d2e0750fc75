package org.eqms.document;

/** What a signature on a controlled page is given for; each purpose has its own eligibility rule. */
public enum SigningPurpose {
    /** An approval of the revision In Review (counts toward its approval rule). */
    APPROVAL,
    /** The document controller's signed decision to make the effective revision obsolete. */
    OBSOLESCENCE,
    /** A required reader's "Read and understood" of the effective revision (signed on its locked snapshot). */
    TRAINING_ACKNOWLEDGEMENT,
    /** A document controller's "review without change" of the effective revision (signed on its locked snapshot). */
    REVIEW_CONFIRMATION;

    /** Whether the signature is on the effective revision's snapshot rather than on the page's current version. */
    public boolean onEffectiveRevision() {
        return this == TRAINING_ACKNOWLEDGEMENT || this == REVIEW_CONFIRMATION;
    }
}
