package org.eqms.audit;

/**
 * Told, inside the sequencer's transaction, that an outbox record carrying a signature id has become entry
 * {@code entry}; the e-signature engine seals the signature with that entry's seq.
 */
public interface ChainedRecordListener {
    void onChained(AuditEntry entry, String signatureId);
}
