package org.eqms.document;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/** {@link DocumentLocks} for a single-node host (tests, the sandbox): a fixed set of striped fair locks. */
public final class InProcessDocumentLocks implements DocumentLocks {
    private static final int STRIPES = 64;
    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];

    public InProcessDocumentLocks() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock(true);
        }
    }

    @Override
    public <T> T withDocumentLock(String documentId, Supplier<T> work) {
        ReentrantLock lock = locks[Math.floorMod(documentId.hashCode(), STRIPES)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
