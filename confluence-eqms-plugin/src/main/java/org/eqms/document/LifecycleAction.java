package org.eqms.document;

/**
 * What someone (or the scheduler) does to one revision of a controlled document. Each action is allowed from exactly
 * one {@link DocumentState}; {@link DocumentLifecycle} holds the table.
 */
public enum LifecycleAction {
    /** Draft → In Review: the author submits the exact page version for review. */
    SUBMIT,
    /** In Review → Draft: the author or a document controller takes the revision back. */
    WITHDRAW,
    /** In Review → Draft: an approver (or document controller) refuses it; a reason is mandatory. */
    REJECT,
    /** In Review → Approved: only when the approval rule is satisfied on the current content. */
    APPROVE,
    /** Approved → Effective, now or at a scheduled date (then the clock makes it effective). */
    MAKE_EFFECTIVE,
    /** Effective → Superseded: the next revision became effective. */
    SUPERSEDE,
    /** Effective → Obsolete: withdrawn from use; needs a signature with meaning and reason. */
    MAKE_OBSOLETE,
    /** The page was edited while In Review: back to Draft or review restarted, per {@link ReviewEditPolicy}. */
    EDIT_DURING_REVIEW
}
