package org.eqms.document;

import java.time.Instant;
import java.util.Objects;

/**
 * A reader's signed "Read and understood" of one revision of a document (training acknowledgement, ISO 13485 §6.2).
 *
 * @param signatureId the signature record that carries it
 * @param userKey     who acknowledged
 * @param documentId  the document
 * @param revision    the revision label acknowledged
 * @param meaning     the signature's meaning; only {@link #READ_AND_UNDERSTOOD} counts
 * @param time        server time of the signature
 */
public record TrainingAcknowledgement(String signatureId, String userKey, String documentId, String revision,
                                      String meaning, Instant time) {

    /** The signature meaning of a training acknowledgement. */
    public static final String READ_AND_UNDERSTOOD = "Read and understood";

    public TrainingAcknowledgement {
        NonBlank.check(signatureId, "signatureId");
        NonBlank.check(userKey, "userKey");
        NonBlank.check(documentId, "documentId");
        NonBlank.check(revision, "revision");
        NonBlank.check(meaning, "meaning");
        Objects.requireNonNull(time, "time");
    }

    /** Whether this acknowledges that revision: same document and revision label, meaning "Read and understood". */
    public boolean acknowledges(Revision r) {
        return documentId.equals(r.documentId()) && revision.equals(r.label()) && READ_AND_UNDERSTOOD.equals(meaning);
    }
}
