package org.eqms.risk;

import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The electronic signatures an approved record carries: the ids of the shared library's signature records and the
 * content hash (lowercase-hex SHA-256) they were made over. The signing itself — challenge, re-authentication, seal —
 * is the shared library's (DESIGN §5); this only binds its results to the record.
 *
 * @param signatureRecordIds at least one, distinct, not blank
 * @param contentHash        64 lowercase hex characters
 */
public record SignatureBinding(List<String> signatureRecordIds, String contentHash) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public SignatureBinding {
        signatureRecordIds = Require.texts(signatureRecordIds, "A signature record id",
                "Sign through the signature dialog; it returns the record id.");
        if (signatureRecordIds.isEmpty()) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "No signature record is given.",
                    "Sign the content first.");
        }
        if (new HashSet<>(signatureRecordIds).size() != signatureRecordIds.size()) {
            throw new RiskRefusedException(RiskRefusal.DUPLICATE_ID, "A signature record id is listed twice.",
                    "List each signature once.");
        }
        if (contentHash == null || !HEX64.matcher(contentHash).matches()) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "The signed content hash '" + contentHash
                    + "' is not a lowercase hex SHA-256.", "Pass the content hash the signature was made over.");
        }
    }
}
