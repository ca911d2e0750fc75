package org.eqms.document;

import java.util.Objects;

/**
 * The job that makes Approved revisions Effective when their scheduled effective date has come, in every configured
 * space. Safe to run often and on every node: each document changes under its lock, and a revision already made
 * effective is not due any more.
 */
public final class ScheduledEffectiveDates {
    private final SpaceSettingsStore settings;
    private final DocumentRepository documents;
    private final DocumentControl control;

    public ScheduledEffectiveDates(SpaceSettingsStore settings, DocumentRepository documents, DocumentControl control) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.control = Objects.requireNonNull(control, "control");
    }

    /** Makes every due revision effective; returns how many became effective. */
    public int run() {
        int madeEffective = 0;
        for (String spaceKey : settings.configuredSpaces()) {
            for (ControlledDocument document : documents.inSpace(spaceKey)) {
                Revision latest = control.latestRevision(document.id());
                if (latest.state() == DocumentState.APPROVED && latest.scheduledEffective() != null
                        && control.effectiveIfDue(document.id(), null).isPresent()) {
                    madeEffective++;
                }
            }
        }
        return madeEffective;
    }
}
