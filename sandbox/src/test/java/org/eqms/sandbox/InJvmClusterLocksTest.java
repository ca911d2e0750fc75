package org.eqms.sandbox;

import com.atlassian.beehive.ClusterLock;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InJvmClusterLocksTest {
    private final InJvmClusterLocks locks = new InJvmClusterLocks();

    @Test
    void oneNameIsOneLockThatExcludesOtherThreads() throws Exception {
        ClusterLock lock = locks.getLockForName("org.eqms.ledger.sequencer");
        assertThat(locks.getLockForName("org.eqms.ledger.sequencer")).isSameAs(lock);
        lock.lock();
        try {
            assertThat(CompletableFuture.supplyAsync(() -> locks.getLockForName("org.eqms.ledger.sequencer").tryLock())
                    .get(5, TimeUnit.SECONDS)).isFalse();
            assertThat(CompletableFuture.supplyAsync(() -> {
                ClusterLock other = locks.getLockForName("other");
                boolean taken = other.tryLock();
                other.unlock();
                return taken;
            }).get(5, TimeUnit.SECONDS)).isTrue();
        } finally {
            lock.unlock();
        }
        assertThat(CompletableFuture.supplyAsync(() -> {
            ClusterLock again = locks.getLockForName("org.eqms.ledger.sequencer");
            boolean taken = again.tryLock();
            again.unlock();
            return taken;
        }).get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void namesAreOneTo255CharactersAndLocksHaveNoConditions() {
        assertThatThrownBy(() -> locks.getLockForName("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locks.getLockForName("x".repeat(256))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> locks.getLockForName("x").newCondition()).isInstanceOf(UnsupportedOperationException.class);
    }
}
