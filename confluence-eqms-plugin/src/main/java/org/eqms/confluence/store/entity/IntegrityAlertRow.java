package org.eqms.confluence.store.entity;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One retention/integrity alert raised for a locked effective snapshot (21 CFR 11.10(c), EU GMP Annex 11 §17), so it
 * is audited and alerted once per (document, revision, kind), not on every view. Inserted once, never updated or
 * deleted; UNIQUE {@value #ALERT_KEY} refuses a second row for the same alert.
 */
@Table("INTEGRITY_ALERT")
public interface IntegrityAlertRow extends Entity {
    String ID = "ID";
    String ALERT_KEY = "ALERT_KEY";
    String DOCUMENT_ID = "DOCUMENT_ID";
    String REV_LABEL = "REV_LABEL";
    String ALERT_KIND = "ALERT_KIND";
    String RAISED_AT = "RAISED_AT";

    /** {@code <document id>/<revision>/<kind>} (see {@code UniqueKeys}). */
    @NotNull
    @Unique
    String getAlertKey();

    @NotNull
    @Indexed
    String getDocumentId();

    @NotNull
    String getRevLabel();

    /** An {@code org.eqms.document.IntegrityStatus} name. */
    @NotNull
    String getAlertKind();

    /** When first raised ({@code StoredInstant}). */
    @NotNull
    String getRaisedAt();
}
