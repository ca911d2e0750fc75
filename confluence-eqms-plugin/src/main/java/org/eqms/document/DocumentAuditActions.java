package org.eqms.document;

/** The audit actions document control writes (DESIGN §6 entries; object type {@link #OBJECT_TYPE}). */
public final class DocumentAuditActions {
    public static final String OBJECT_TYPE = "eqms.document";
    public static final String CREATED = "document.created";
    public static final String REVISION_STARTED = "document.revision.started";
    public static final String STATE_CHANGED = "document.state.changed";
    public static final String SIGNATURES_INVALIDATED = "document.signatures.invalidated";
    public static final String REVIEW_RESTARTED = "document.review.restarted";
    public static final String EFFECTIVE_SCHEDULED = "document.effective.scheduled";
    public static final String APPROVAL_RECORDED = "document.approval.recorded";
    public static final String SNAPSHOT_LOCKED = "document.snapshot.locked";
    public static final String REVIEW_CONFIRMED = "document.review.confirmed";
    public static final String TRAINING_ACKNOWLEDGED = "document.training.acknowledged";
    /**
     * A locked effective snapshot no longer matches Confluence's historical version (missing or altered), or its
     * own stored content no longer matches its hash: see {@link SnapshotIntegrityCheck}.
     */
    public static final String INTEGRITY_ALERT = "document.integrity.alert";

    private DocumentAuditActions() {
    }
}
