package org.eqms.document;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed "review without change": a document controller reviewed the effective revision and confirmed it stays in
 * force unchanged (ISO 13485 §4.2.4). The next periodic review is due one interval after {@link #confirmedAt}.
 */
public record ReviewConfirmation(String documentId, String revisionLabel, String signatureId, String confirmedBy,
                                 Instant confirmedAt) {
    public ReviewConfirmation {
        NonBlank.check(documentId, "documentId");
        NonBlank.check(revisionLabel, "revisionLabel");
        NonBlank.check(signatureId, "signatureId");
        NonBlank.check(confirmedBy, "confirmedBy");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
    }
}
