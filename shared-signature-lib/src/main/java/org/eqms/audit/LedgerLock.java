package org.eqms.audit;

import java.util.function.Supplier;

/** Port: the single-writer lock of a ledger, cluster-wide in the products (DESIGN §4). */
public interface LedgerLock {
    <T> T withLock(Supplier<T> work);
}
