package org.eqms.document;

import java.time.Instant;
import java.util.Objects;

/**
 * One approval signature collected for a revision: the signature record's id, the signer, the chosen meaning, the
 * required group it is given for, the server time, and the content hash it covers (DESIGN §5). An invalidated approval
 * stays in the revision (and the trail) but never counts.
 */
public record Approval(String signatureId, String userKey, String meaning, String group, Instant time,
                       String contentHash, boolean invalidated) {

    public Approval {
        NonBlank.check(signatureId, "signatureId");
        NonBlank.check(userKey, "userKey");
        NonBlank.check(meaning, "meaning");
        NonBlank.check(group, "group");
        Objects.requireNonNull(time, "time");
        NonBlank.check(contentHash, "contentHash");
    }

    /** A valid (not invalidated) approval. */
    public static Approval of(String signatureId, String userKey, String meaning, String group, Instant time,
                              String contentHash) {
        return new Approval(signatureId, userKey, meaning, group, time, contentHash, false);
    }

    /** The same approval, marked invalidated. */
    public Approval invalidate() {
        return invalidated ? this : new Approval(signatureId, userKey, meaning, group, time, contentHash, true);
    }
}
