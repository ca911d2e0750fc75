package org.eqms.audit;

/** An outbox row: a committed audit record waiting to be linked into the chain. */
public record PendingRecord(long id, AuditRecord record, String signatureId) {
}
