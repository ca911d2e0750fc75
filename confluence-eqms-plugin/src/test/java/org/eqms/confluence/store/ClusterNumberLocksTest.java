package org.eqms.confluence.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.eqms.audit.LedgerLock;
import org.junit.jupiter.api.Test;

/** {@link ClusterNumberLocks}: one Beehive lock per sequence name, always released. */
class ClusterNumberLocksTest {

    private final List<String> events = new ArrayList<>();

    private final ClusterLockService service = name -> new ClusterLock() {
        @Override
        public void lock() {
            events.add("lock " + name);
        }

        @Override
        public void unlock() {
            events.add("unlock " + name);
        }

        @Override
        public void lockInterruptibly() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean tryLock() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException();
        }
    };

    @Test
    void theWorkRunsUnderTheClusterLockNamedForTheSequence() {
        String name = AoNumberSequence.lockName("QMS", "SOP");
        LedgerLock lock = new ClusterNumberLocks(service).apply(name);

        long result = lock.withLock(() -> {
            events.add("work");
            return 7L;
        });

        assertThat(result).isEqualTo(7L);
        assertThat(events).containsExactly("lock " + name, "work", "unlock " + name);
    }

    @Test
    void theLockIsReleasedWhenTheWorkFails() {
        String name = AoNumberSequence.lockName("QMS", "SOP");
        LedgerLock lock = new ClusterNumberLocks(service).apply(name);

        assertThatThrownBy(() -> lock.withLock(() -> {
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(events).containsExactly("lock " + name, "unlock " + name);
    }

    @Test
    void namesLongerThanBeehiveAllowsAreShortenedStably() {
        String longName = AoNumberSequence.lockName("S".repeat(250), "SOP");
        String other = AoNumberSequence.lockName("S".repeat(250), "WI");

        assertThat(ClusterNumberLocks.clusterName(longName)).hasSizeLessThanOrEqualTo(255)
                .startsWith(AoNumberSequence.LOCK_NAME_PREFIX)
                .isEqualTo(ClusterNumberLocks.clusterName(longName))
                .isNotEqualTo(ClusterNumberLocks.clusterName(other));
        assertThat(ClusterNumberLocks.clusterName("short")).isEqualTo("short");
    }
}
