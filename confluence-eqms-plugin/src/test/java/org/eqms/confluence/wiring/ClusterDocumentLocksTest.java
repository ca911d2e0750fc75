package org.eqms.confluence.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

/** {@link ClusterDocumentLocks}: one Beehive lock per document, held around the work and always released. */
class ClusterDocumentLocksTest {
    private final ClusterLockService service = mock(ClusterLockService.class);
    private final ClusterLock lock = mock(ClusterLock.class);
    private final List<String> events = new ArrayList<>();

    ClusterDocumentLocksTest() {
        when(service.getLockForName(anyString())).thenReturn(lock);
    }

    @Test
    void theWorkRunsWhileTheDocumentsClusterLockIsHeld() {
        String result = new ClusterDocumentLocks(service).withDocumentLock("doc-1", () -> {
            verify(lock).lock();
            verify(lock, never()).unlock();
            return "done";
        });

        assertThat(result).isEqualTo("done");
        verify(service).getLockForName(ClusterDocumentLocks.LOCK_NAME_PREFIX + "doc-1");
        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }

    @Test
    void theLockIsReleasedWhenTheWorkFails() {
        assertThatThrownBy(() -> new ClusterDocumentLocks(service).withDocumentLock("doc-1", () -> {
            events.add("work");
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(events).containsExactly("work");
        InOrder order = inOrder(lock);
        order.verify(lock).lock();
        order.verify(lock).unlock();
    }

    @Test
    void eachDocumentHasItsOwnLockAndLongIdsAreShortenedStably() {
        String longId = "d".repeat(300);
        String otherLongId = "d".repeat(299) + "e";

        assertThat(ClusterDocumentLocks.lockName("doc-1")).isNotEqualTo(ClusterDocumentLocks.lockName("doc-2"));
        assertThat(ClusterDocumentLocks.lockName(longId)).hasSizeLessThanOrEqualTo(ClusterDocumentLocks.MAX_NAME)
                .startsWith(ClusterDocumentLocks.LOCK_NAME_PREFIX)
                .isEqualTo(ClusterDocumentLocks.lockName(longId))
                .isNotEqualTo(ClusterDocumentLocks.lockName(otherLongId));
    }
}
