package org.eqms.store.ao;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.eqms.audit.LedgerLock;

import java.util.function.Supplier;

/** The ledger lock in a Data Center cluster: one Beehive cluster lock per ledger. */
public final class ClusterLedgerLock implements LedgerLock {
    public static final String LOCK_NAME = "org.eqms.audit.ledger.sequencer";

    private final ClusterLockService lockService;

    public ClusterLedgerLock(ClusterLockService lockService) {
        this.lockService = lockService;
    }

    @Override
    public <T> T withLock(Supplier<T> work) {
        ClusterLock lock = lockService.getLockForName(LOCK_NAME);
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
