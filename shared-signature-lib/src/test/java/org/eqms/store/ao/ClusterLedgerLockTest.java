package org.eqms.store.ao;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class ClusterLedgerLockTest {
    private final ClusterLockService service = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);

    @Test
    void theSequencerRunsInsideTheNamedClusterLockAndReleasesIt() {
        when(service.getLockForName(ClusterLedgerLock.LOCK_NAME)).thenReturn(lock);

        String result = new ClusterLedgerLock(service).withLock(() -> "linked");

        assertThat(result).isEqualTo("linked");
        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }

    @Test
    void theClusterLockIsReleasedWhenTheWorkFails() {
        when(service.getLockForName(ClusterLedgerLock.LOCK_NAME)).thenReturn(lock);

        assertThatThrownBy(() -> new ClusterLedgerLock(service).withLock(() -> {
            throw new IllegalStateException("database down");
        })).hasMessage("database down");
        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }
}
