package org.eqms.audit;

import java.time.Duration;
import java.time.Instant;

/** When a new checkpoint is due: every {@code everyEntries} entries, or once the newest checkpoint is {@code maxAge} old. */
public record CheckpointPolicy(int everyEntries, Duration maxAge) {

    public static final CheckpointPolicy DEFAULT = new CheckpointPolicy(1000, Duration.ofSeconds(60));

    public CheckpointPolicy {
        if (everyEntries < 1) {
            throw new IllegalArgumentException("everyEntries must be >= 1");
        }
    }

    /** True when {@code treeSize} is a multiple of {@code everyEntries}: a checkpoint is written at exactly that size. */
    public boolean dueAtSize(long treeSize) {
        return treeSize > 0 && treeSize % everyEntries == 0;
    }

    /** True when entries are uncovered and the last checkpoint (or, before any, the first entry) is older than maxAge. */
    public boolean dueByAge(long uncovered, Instant lastCovered, Instant now) {
        return uncovered > 0 && lastCovered != null && !now.isBefore(lastCovered.plus(maxAge));
    }
}
