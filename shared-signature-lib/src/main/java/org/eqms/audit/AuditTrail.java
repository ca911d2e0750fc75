package org.eqms.audit;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * What business code calls to audit an action. {@link #record} writes to the outbox inside the caller's
 * transaction, so the audit record commits or rolls back with the data it describes; the sequencer links it
 * into the chain right after. Time always comes from the server clock, never from a client.
 */
public final class AuditTrail {
    private final LedgerStore store;
    private final Transactions transactions;
    private final LedgerSequencer sequencer;
    private final Clock clock;

    public AuditTrail(LedgerStore store, Transactions transactions, LedgerSequencer sequencer, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.sequencer = sequencer;
        this.clock = clock;
    }

    /** Records inside the caller's transaction (one is opened if none is). */
    public AuditRecord record(Actor actor, String action, AuditedObject object, AuditData data) {
        return record(actor, action, object, data, null);
    }

    /** As {@link #record(Actor, String, AuditedObject, AuditData)}, for the record documenting e-signature {@code signatureId}. */
    public AuditRecord record(Actor actor, String action, AuditedObject object, AuditData data, String signatureId) {
        AuditRecord record = new AuditRecord(clock.instant().truncatedTo(ChronoUnit.MILLIS), actor, action, object,
                data == null ? null : data.toJson());
        transactions.run(() -> store.addPending(record, signatureId));
        return record;
    }

    /** Records in a transaction of its own and links it into the chain before returning. */
    public void recordNow(Actor actor, String action, AuditedObject object, AuditData data) {
        record(actor, action, object, data);
        sequencer.drain();
    }

    /** Links everything recorded so far into the chain. */
    public int flush() {
        return sequencer.drain();
    }

    public LedgerSequencer sequencer() {
        return sequencer;
    }
}
