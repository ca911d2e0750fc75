package org.eqms.audit.keys;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the ledger's keys. Rows are never deleted; retiring a key sets notAfter and drops its private half. */
public interface LedgerKeyStore {
    Optional<StoredLedgerKey> active();

    List<StoredLedgerKey> all();

    void add(StoredLedgerKey key);

    void retire(String kid, Instant notAfter);
}
