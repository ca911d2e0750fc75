package org.eqms.confluence.store;

import org.eqms.store.ao.UniqueKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.LongStream;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.audit.InProcessLedgerLock;
import org.eqms.audit.LedgerLock;
import org.eqms.compliance.Clause;
import org.eqms.confluence.store.entity.NumberAllocRow;
import org.eqms.store.ao.SqlStates;
import org.eqms.store.ao.testing.ActiveObjectsTest;

/** {@link AoNumberSequence} on HSQLDB and (when configured) PostgreSQL. */
class AoNumberSequenceTest {

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void numbersStartAtOneAndIncreasePerSpaceAndType(ActiveObjects ao) {
        AoNumberSequence sequence = new AoNumberSequence(StoreFixtures.migrated(ao), new InProcessLedgerLock());

        assertThat(sequence.nextFor("QMS", "SOP")).isEqualTo(1);
        assertThat(sequence.nextFor("QMS", "SOP")).isEqualTo(2);
        assertThat(sequence.nextFor("QMS", "WI")).isEqualTo(1);
        assertThat(sequence.nextFor("LAB", "SOP")).isEqualTo(1);
        assertThat(sequence.nextFor("QMS", "SOP")).isEqualTo(3);
        // keys that would collide if joined naively are separate sequences
        assertThat(sequence.nextFor("A/B", "C")).isEqualTo(1);
        assertThat(sequence.nextFor("A", "B/C")).isEqualTo(1);

        // a fresh instance (restart, another node) continues: a number once returned is consumed
        AoNumberSequence restarted = new AoNumberSequence(ao, new InProcessLedgerLock());
        assertThat(restarted.nextFor("QMS", "SOP")).isEqualTo(4);
        assertThat(ao.count(NumberAllocRow.class)).isEqualTo(8);
        assertThat(sequence.refusedInserts()).isZero();
    }

    @ActiveObjectsTest
    void blankSpaceOrTypeIsRefused(ActiveObjects ao) {
        AoNumberSequence sequence = new AoNumberSequence(StoreFixtures.migrated(ao), new InProcessLedgerLock());

        assertThatThrownBy(() -> sequence.nextFor(" ", "SOP")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> sequence.nextFor("QMS", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(ao.count(NumberAllocRow.class)).isZero();
    }

    @ActiveObjectsTest
    void eachAllocationRunsUnderTheLockOfItsSequence(ActiveObjects ao) {
        StoreFixtures.migrated(ao);
        List<String> taken = new ArrayList<>();
        List<Integer> rowsBeforeAndAfterWork = new ArrayList<>();
        AoNumberSequence sequence = AoNumberSequence.withLocks(ao, name -> new LedgerLock() {
            @Override
            public <T> T withLock(Supplier<T> work) {
                taken.add(name);
                rowsBeforeAndAfterWork.add(ao.count(NumberAllocRow.class));
                T result = work.get();
                // still holding the lock: the number is already stored and committed
                rowsBeforeAndAfterWork.add(ao.count(NumberAllocRow.class));
                return result;
            }
        });
        sequence.nextFor("QMS", "SOP");
        sequence.nextFor("LAB", "WI");

        assertThat(taken).containsExactly(AoNumberSequence.lockName("QMS", "SOP"), AoNumberSequence.lockName("LAB", "WI"));
        assertThat(AoNumberSequence.lockName("QMS", "SOP")).isEqualTo("org.eqms.confluence.document-number.QMS/SOP");
        assertThat(rowsBeforeAndAfterWork).containsExactly(0, 1, 1, 2);
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void eightConcurrentCreatorsNeverGetTheSameNumber(ActiveObjects ao) throws Exception {
        AoNumberSequence sequence = new AoNumberSequence(StoreFixtures.migrated(ao), new InProcessLedgerLock());

        Outcome outcome = allocateConcurrently(List.of(sequence), 8, 50);

        assertThat(outcome.failures).isEmpty();
        assertThat(outcome.numbers).hasSize(400).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(outcome.numbers)).containsExactlyElementsOf(LongStream.rangeClosed(1, 400).boxed().toList());
        assertThat(storedNumbers(ao)).containsExactlyElementsOf(LongStream.rangeClosed(1, 400).boxed().toList());
        assertThat(sequence.refusedInserts()).isZero();
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void withTheLockBrokenTheUniqueColumnStillRefusesEveryDuplicate(ActiveObjects ao) throws Exception {
        StoreFixtures.migrated(ao);
        // two nodes whose cluster lock failed: each has its own lock, so they allocate at the same time
        AoNumberSequence nodeA = new AoNumberSequence(ao, new InProcessLedgerLock());
        AoNumberSequence nodeB = new AoNumberSequence(ao, new InProcessLedgerLock());

        Outcome outcome = allocateConcurrently(List.of(nodeA, nodeB), 8, 50);

        List<Long> stored = storedNumbers(ao);
        assertThat(outcome.numbers).doesNotHaveDuplicates();
        assertThat(outcome.numbers.size() + outcome.failures.size()).isEqualTo(400);
        assertThat(outcome.failures).allMatch(f -> f instanceof IllegalStateException);
        // every number handed out is stored once, and a refused attempt left nothing behind
        assertThat(stored).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(outcome.numbers)).containsExactlyElementsOf(stored);
        assertThat(stored).containsExactlyElementsOf(LongStream.rangeClosed(1, stored.size()).boxed().toList());
        System.out.printf("lock broken: %d allocated, %d failed, %d inserts refused by the database%n",
                outcome.numbers.size(), outcome.failures.size(), nodeA.refusedInserts() + nodeB.refusedInserts());
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void aNumberTakenByAnotherNodeMidTransactionIsRefusedAndTheNextOneAllocated(ActiveObjects ao) throws Exception {
        StoreFixtures.migrated(ao);
        AoNumberSequence sequence = new AoNumberSequence(ao, new InProcessLedgerLock());
        assertThat(sequence.nextFor("QMS", "SOP")).isEqualTo(1);
        CountDownLatch ourAllocation = new CountDownLatch(1);
        AoNumberSequence ours = AoNumberSequence.withLocks(ao, name -> new LedgerLock() {
            @Override
            public <T> T withLock(Supplier<T> work) {
                ourAllocation.countDown();
                return work.get();
            }
        });

        // another node, outside our lock, has inserted number 2 but not yet committed
        CountDownLatch inserted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            Future<?> otherNode = nodes.submit(() -> ao.executeInTransaction(() -> {
                insertAllocation(ao, "QMS", "SOP", 2);
                inserted.countDown();
                await(commit);
                return null;
            }));
            assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
            Future<Long> allocated = nodes.submit(() -> ours.nextFor("QMS", "SOP"));
            // ours reads the highest committed number (1) and tries 2 meanwhile
            assertThat(ourAllocation.await(30, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(300);
            commit.countDown();
            otherNode.get(30, TimeUnit.SECONDS);

            assertThat(allocated.get(30, TimeUnit.SECONDS)).isEqualTo(3);
        } finally {
            commit.countDown();
            nodes.shutdownNow();
        }
        assertThat(ours.refusedInserts()).isPositive();
        assertThat(storedNumbers(ao)).containsExactly(1L, 2L, 3L);
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void theDatabaseItselfRefusesASecondAllocationOfANumber(ActiveObjects ao) {
        AoNumberSequence sequence = new AoNumberSequence(StoreFixtures.migrated(ao), new InProcessLedgerLock());
        sequence.nextFor("QMS", "SOP");

        assertThatThrownBy(() -> ao.executeInTransaction(() -> insertAllocation(ao, "QMS", "SOP", 1)))
                .matches(SqlStates::uniqueViolation, "a unique violation");
        assertThat(storedNumbers(ao)).containsExactly(1L);
    }

    private static NumberAllocRow insertAllocation(ActiveObjects ao, String space, String type, long number) {
        Map<String, Object> row = new HashMap<>();
        row.put(NumberAllocRow.ALLOC_KEY, UniqueKeys.of(space, type, Long.toString(number)));
        row.put(NumberAllocRow.SEQ_KEY, UniqueKeys.of(space, type));
        row.put(NumberAllocRow.SPACE_KEY, space);
        row.put(NumberAllocRow.TYPE_KEY, type);
        row.put(NumberAllocRow.SEQ_NUMBER, number);
        return ao.create(NumberAllocRow.class, row);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<Long> storedNumbers(ActiveObjects ao) {
        List<Long> numbers = new ArrayList<>();
        for (NumberAllocRow row : ao.find(NumberAllocRow.class, Query.select()
                .where(NumberAllocRow.SEQ_KEY + " = ?", UniqueKeys.of("QMS", "SOP"))
                .order(NumberAllocRow.SEQ_NUMBER + " ASC"))) {
            numbers.add(row.getSeqNumber());
        }
        return numbers;
    }

    private record Outcome(List<Long> numbers, List<Throwable> failures) {
    }

    /** {@code threads} threads, spread over the sequences, each allocating {@code each} numbers of QMS/SOP at once. */
    private static Outcome allocateConcurrently(List<AoNumberSequence> sequences, int threads, int each)
            throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Outcome>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                AoNumberSequence sequence = sequences.get(t % sequences.size());
                futures.add(pool.submit(() -> {
                    start.await();
                    List<Long> numbers = new ArrayList<>();
                    List<Throwable> failures = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        try {
                            numbers.add(sequence.nextFor("QMS", "SOP"));
                        } catch (RuntimeException e) {
                            failures.add(e);
                        }
                    }
                    return new Outcome(numbers, failures);
                }));
            }
            start.countDown();
            List<Long> numbers = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (Future<Outcome> future : futures) {
                Outcome outcome = future.get(5, TimeUnit.MINUTES);
                numbers.addAll(outcome.numbers);
                failures.addAll(outcome.failures);
            }
            return new Outcome(numbers, failures);
        } finally {
            pool.shutdownNow();
        }
    }
}
