package org.eqms.confluence.store;

import org.eqms.store.ao.UniqueKeys;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.audit.LedgerLock;
import org.eqms.confluence.store.entity.NumberAllocRow;
import org.eqms.document.NumberSequence;
import org.eqms.store.ao.SqlStates;

/**
 * {@link NumberSequence} on Active Objects (ISO 13485 §4.2.4, DESIGN §4): each number is a {@link NumberAllocRow},
 * inserted once and never deleted, so the next number is the highest allocated plus one and none is ever reused.
 *
 * <p>An allocation takes the sequence's lock ({@link #lockName}: in the product a cluster lock per sequence, see
 * {@link #withLocks} and {@link ClusterNumberLocks}) and runs in its own transaction. Should the lock ever fail (two
 * nodes allocating at once), UNIQUE {@link NumberAllocRow#ALLOC_KEY} refuses the second insert of a number; the loser's transaction rolls
 * back and it tries again with a fresh read, up to {@value #MAX_ATTEMPTS} times, then fails with
 * {@link IllegalStateException}. A number is never returned twice. Call it outside any other transaction: a
 * refused insert would abort an enclosing one.
 */
public final class AoNumberSequence implements NumberSequence {
    /** Prefix of the per-sequence lock names. */
    public static final String LOCK_NAME_PREFIX = "org.eqms.confluence.document-number.";
    static final int MAX_ATTEMPTS = 20;

    private final ActiveObjects ao;
    private final Function<String, LedgerLock> lockForName;
    private final AtomicLong refusedInserts = new AtomicLong();

    /** One lock for every sequence (single node, tests). */
    public AoNumberSequence(ActiveObjects ao, LedgerLock lock) {
        this(ao, fixed(lock));
    }

    private static Function<String, LedgerLock> fixed(LedgerLock lock) {
        Objects.requireNonNull(lock, "lock");
        return name -> lock;
    }

    /** A lock per sequence, by its {@link #lockName name}: in the product {@link ClusterNumberLocks}. */
    public static AoNumberSequence withLocks(ActiveObjects ao, Function<String, LedgerLock> lockForName) {
        return new AoNumberSequence(ao, lockForName);
    }

    private AoNumberSequence(ActiveObjects ao, Function<String, LedgerLock> lockForName) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.lockForName = Objects.requireNonNull(lockForName, "lockForName");
    }

    /** The name of the lock that serialises allocations of one (space, type) sequence. */
    public static String lockName(String spaceKey, String typeKey) {
        return LOCK_NAME_PREFIX + UniqueKeys.of(spaceKey, typeKey);
    }

    @Override
    public long nextFor(String spaceKey, String typeKey) {
        if (spaceKey == null || spaceKey.isBlank() || typeKey == null || typeKey.isBlank()) {
            throw new IllegalArgumentException("A number sequence needs a space key and a document type");
        }
        String seqKey = UniqueKeys.of(spaceKey, typeKey);
        LedgerLock lock = Objects.requireNonNull(lockForName.apply(lockName(spaceKey, typeKey)), "lock");
        return lock.withLock(() -> allocate(spaceKey, typeKey, seqKey));
    }

    private long allocate(String spaceKey, String typeKey, String seqKey) {
        RuntimeException refused = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            try {
                return ao.executeInTransaction(() -> {
                    NumberAllocRow[] highest = ao.find(NumberAllocRow.class,
                            Query.select(NumberAllocRow.ID + "," + NumberAllocRow.SEQ_NUMBER)
                                    .where(NumberAllocRow.SEQ_KEY + " = ?", seqKey)
                                    .order(NumberAllocRow.SEQ_NUMBER + " DESC")
                                    .limit(1));
                    long next = highest.length == 0 ? 1 : highest[0].getSeqNumber() + 1;
                    Map<String, Object> row = new HashMap<>();
                    row.put(NumberAllocRow.ALLOC_KEY, UniqueKeys.of(spaceKey, typeKey, Long.toString(next)));
                    row.put(NumberAllocRow.SEQ_KEY, seqKey);
                    row.put(NumberAllocRow.SPACE_KEY, spaceKey);
                    row.put(NumberAllocRow.TYPE_KEY, typeKey);
                    row.put(NumberAllocRow.SEQ_NUMBER, next);
                    ao.create(NumberAllocRow.class, row);
                    return next;
                });
            } catch (RuntimeException e) {
                // UNIQUE refused a number another allocator took (23505), or HSQLDB's MVCC rolled the loser back (40001)
                if (!(SqlStates.uniqueViolation(e) || SqlStates.transactionRollback(e))) {
                    throw e;
                }
                refusedInserts.incrementAndGet();
                refused = e;
                backOff(attempt);
            }
        }
        throw new IllegalStateException("No number allocated for " + typeKey + " in space " + spaceKey + " after "
                + MAX_ATTEMPTS + " attempts: concurrent allocators outside the sequence lock", refused);
    }

    /** Up to ~0.1 s, growing: lets the other allocator's transaction commit before the next fresh read. */
    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(100L, 1L << Math.min(attempt, 7)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while allocating a document number", e);
        }
    }

    /** How many allocation attempts the database refused so far (0 while the lock holds). */
    long refusedInserts() {
        return refusedInserts.get();
    }
}
