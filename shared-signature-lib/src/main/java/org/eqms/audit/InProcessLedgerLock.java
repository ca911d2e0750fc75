package org.eqms.audit;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The ledger lock for a single-node host (tests, the audit CLI, the sandbox). Across processes the database's
 * UNIQUE constraints on seq and prev hash still refuse a fork.
 */
public final class InProcessLedgerLock implements LedgerLock {
    private final ReentrantLock lock = new ReentrantLock(true);

    @Override
    public <T> T withLock(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
