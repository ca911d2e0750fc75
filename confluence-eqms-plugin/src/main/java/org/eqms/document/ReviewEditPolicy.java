package org.eqms.document;

/** The administrator's choice of what an edit of a page under review does (every collected signature is invalidated either way). */
public enum ReviewEditPolicy {
    /** The revision returns to Draft; the author submits it again. */
    RETURN_TO_DRAFT,
    /** The revision stays In Review on the new content; the review starts again from no signatures. */
    RESTART_REVIEW
}
