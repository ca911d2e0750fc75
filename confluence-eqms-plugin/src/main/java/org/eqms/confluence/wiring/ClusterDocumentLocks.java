package org.eqms.confluence.wiring;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Supplier;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import org.eqms.audit.canonical.Sha256;
import org.eqms.document.DocumentLocks;

/**
 * {@link DocumentLocks} in a Data Center cluster: one Beehive cluster lock per document, so an approval on one node and
 * a page edit on another cannot interleave. Beehive lock names are at most {@value #MAX_NAME} characters; a longer
 * name is shortened to the prefix and the SHA-256 of the document id. Beehive locks are not re-entrant: document
 * control never takes the same document's lock twice on one thread.
 */
public final class ClusterDocumentLocks implements DocumentLocks {
    /** Prefix of the per-document lock names. */
    public static final String LOCK_NAME_PREFIX = "org.eqms.confluence.document.";
    static final int MAX_NAME = 255;

    private final ClusterLockService lockService;

    public ClusterDocumentLocks(ClusterLockService lockService) {
        this.lockService = Objects.requireNonNull(lockService, "lockService");
    }

    @Override
    public <T> T withDocumentLock(String documentId, Supplier<T> work) {
        Objects.requireNonNull(documentId, "documentId");
        ClusterLock lock = lockService.getLockForName(lockName(documentId));
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }

    /** The cluster lock name of a document. */
    static String lockName(String documentId) {
        String name = LOCK_NAME_PREFIX + documentId;
        if (name.length() <= MAX_NAME) {
            return name;
        }
        return LOCK_NAME_PREFIX + "sha256:" + Sha256.hex(documentId.getBytes(StandardCharsets.UTF_8));
    }
}
