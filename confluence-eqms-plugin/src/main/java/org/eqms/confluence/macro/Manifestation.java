package org.eqms.confluence.macro;

import org.eqms.confluence.view.UtcTimes;
import org.eqms.document.Approval;
import org.eqms.signature.SignatureRecord;

import java.util.Optional;

/**
 * One signature as the reader sees it (21 CFR 11.50): the signer's printed name at signing time, the meaning, the
 * server time in UTC, the reason, the first 12 hex digits of the content hash signed, and whether it still counts.
 */
public record Manifestation(String printedName, String meaning, String time, String reason, String hashPrefix,
                            boolean invalidated) {

    static Manifestation of(Approval approval, MacroServices services) {
        Optional<SignatureRecord> record = services.signatures().find(approval.signatureId());
        String name = record.map(SignatureRecord::signerName)
                .orElseGet(() -> services.actors().actor(approval.userKey()).name());
        String meaning = record.map(SignatureRecord::meaning).orElse(approval.meaning());
        String reason = record.map(SignatureRecord::reason).orElse(null);
        String hash = approval.contentHash();
        return new Manifestation(name, meaning, UtcTimes.dateTime(record.map(SignatureRecord::time).orElse(approval.time())),
                reason, hash.length() > 12 ? hash.substring(0, 12) : hash, approval.invalidated());
    }
}
