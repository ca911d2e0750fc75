package org.eqms.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.audit.canonical.Sha256;

/**
 * A link of the hash chain (DESIGN §6): the record, its position, the previous entry's hash and its own hash,
 * the SHA-256 of the JCS bytes of the entry's JSON form without {@code hash}.
 */
public record AuditEntry(long seq, AuditRecord record, String prev, String hash) {

    public static final String GENESIS_PREV = Sha256.ZERO_HASH;

    /** Links {@code record} after the entry whose hash is {@code prev}. */
    public static AuditEntry chain(long seq, String prev, AuditRecord record) {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must be >= 0");
        }
        ObjectNode unhashed = AuditJson.entryWithoutHash(seq, record, prev);
        return new AuditEntry(seq, record, prev, AuditJson.hashOf(unhashed));
    }

    public ObjectNode toJson() {
        return AuditJson.entry(this);
    }
}
