package org.eqms.signature;

import org.eqms.audit.AuditEntry;
import org.eqms.audit.AuditJson;
import org.eqms.audit.ChainedRecordListener;
import org.eqms.audit.export.SignatureLineSource;
import org.eqms.audit.keys.LedgerKeys;
import org.eqms.audit.keys.LedgerSigningKey;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.function.Consumer;

/**
 * Seals a signature record once the audit entry that records it is chained: the record then names that
 * entry's seq and the ledger key, and the ledger key signs its JCS bytes (DESIGN §5–6). A signature is sealed once,
 * by the first entry that names it.
 */
public final class SignatureSealer implements ChainedRecordListener, SignatureLineSource {
    private final SignatureStore store;
    private final LedgerKeys keys;

    public SignatureSealer(SignatureStore store, LedgerKeys keys) {
        this.store = store;
        this.keys = keys;
    }

    @Override
    public void onChained(AuditEntry entry, String signatureId) {
        SignatureRecord record = store.find(signatureId)
                .orElseThrow(() -> new IllegalStateException("entry " + entry.seq() + " records unknown signature " + signatureId));
        if (record.sealed()) {
            // Another entry naming the same signature: the first seal stands. Throwing here would roll back the
            // chaining transaction for ever and stop the whole ledger; the later entry is chained unsealed.
            return;
        }
        LedgerSigningKey key = keys.activeKey();
        SignatureRecord withSeq = record.sealedWith(entry.seq(), key.kid(), null);
        String sig = key.seal(AuditJson.bytesToSeal(withSeq.unsealedJson()));
        store.seal(signatureId, entry.seq(), key.kid(), sig);
    }

    @Override
    public void forEachSealed(long entrySeqBelow, Consumer<ObjectNode> consumer) {
        store.forEachSealed(entrySeqBelow, record -> consumer.accept(record.toJson()));
    }

    @Override
    public long countSealed(long entrySeqBelow) {
        return store.countSealed(entrySeqBelow);
    }
}
