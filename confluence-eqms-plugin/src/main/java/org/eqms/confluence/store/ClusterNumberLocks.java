package org.eqms.confluence.store;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.eqms.audit.LedgerLock;
import org.eqms.audit.canonical.Sha256;

/**
 * The per-sequence locks of {@link AoNumberSequence} in a Data Center cluster: one Beehive cluster lock per lock
 * name. Beehive names are at most {@value #MAX_NAME} characters; a longer name is shortened to its prefix and the
 * SHA-256 of the whole name.
 */
public final class ClusterNumberLocks implements Function<String, LedgerLock> {
    static final int MAX_NAME = 255;

    private final ClusterLockService lockService;

    public ClusterNumberLocks(ClusterLockService lockService) {
        this.lockService = Objects.requireNonNull(lockService, "lockService");
    }

    @Override
    public LedgerLock apply(String name) {
        String lockName = clusterName(name);
        return new LedgerLock() {
            @Override
            public <T> T withLock(Supplier<T> work) {
                ClusterLock lock = lockService.getLockForName(lockName);
                lock.lock();
                try {
                    return work.get();
                } finally {
                    lock.unlock();
                }
            }
        };
    }

    static String clusterName(String name) {
        if (name.length() <= MAX_NAME) {
            return name;
        }
        return AoNumberSequence.LOCK_NAME_PREFIX + "sha256:" + Sha256.hex(name.getBytes(StandardCharsets.UTF_8));
    }
}
