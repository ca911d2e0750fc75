package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@Clause("ISO13485-4.2.4")
class DocumentNumberAllocatorTest {

    /** A plain, single-threaded sequence: counts per (space, type). */
    static final class InMemorySequence implements NumberSequence {
        private final Map<String, Long> last = new HashMap<>();

        @Override
        public long nextFor(String spaceKey, String typeKey) {
            return last.merge(spaceKey + "\u0000" + typeKey, 1L, Long::sum);
        }

        void startAfter(String spaceKey, String typeKey, long n) {
            last.put(spaceKey + "\u0000" + typeKey, n);
        }
    }

    /** A thread-safe sequence, as the store's will be under its cluster lock. */
    static final class ConcurrentInMemorySequence implements NumberSequence {
        private final ConcurrentHashMap<String, AtomicLong> last = new ConcurrentHashMap<>();

        @Override
        public long nextFor(String spaceKey, String typeKey) {
            return last.computeIfAbsent(spaceKey + "\u0000" + typeKey, k -> new AtomicLong()).incrementAndGet();
        }
    }

    private static DocumentType type(String key, String pattern) {
        return new DocumentType(key, key + " documents", DocumentNumberFormat.of(pattern), RevisionScheme.LETTERS,
                Period.ofYears(1), false, "qa");
    }

    private static final DocumentType SOP = type("SOP", "SOP-{0000}");
    private static final DocumentType WI = type("WI", "WI-{000}");

    @Test
    void allocatesConsecutiveNumbersFromOnePerSpaceAndType() {
        DocumentNumberAllocator allocator = new DocumentNumberAllocator(new InMemorySequence());
        assertThat(allocator.allocate("QMS", SOP)).isEqualTo("SOP-0001");
        assertThat(allocator.allocate("QMS", SOP)).isEqualTo("SOP-0002");
        assertThat(allocator.allocate("QMS", WI)).isEqualTo("WI-001");
        assertThat(allocator.allocate("LAB", SOP)).isEqualTo("SOP-0001");
        assertThat(allocator.allocate("QMS", SOP)).isEqualTo("SOP-0003");
    }

    @Test
    void allocatesTheLastNumberThatFitsThenRefusesWithAClearMessage() {
        InMemorySequence sequence = new InMemorySequence();
        sequence.startAfter("QMS", "WI", 998);
        DocumentNumberAllocator allocator = new DocumentNumberAllocator(sequence);

        assertThat(allocator.allocate("QMS", WI)).isEqualTo("WI-999");
        assertThatThrownBy(() -> allocator.allocate("QMS", WI))
                .isInstanceOfSatisfying(DocumentNumberRangeExhaustedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("Cannot number a new WI document in space QMS: number 1000"
                            + " does not fit WI-{000}, whose 3-digit counter holds 1..999.");
                    assertThat(e.code()).isEqualTo("document_number_range_exhausted");
                    assertThat(e.number()).isEqualTo(1000);
                    assertThat(e.hint()).contains("wider counter field");
                });
    }

    @Test
    void aRefusedNumberIsConsumedNotReused_andAWiderFormatContinuesTheSequence() {
        InMemorySequence sequence = new InMemorySequence();
        sequence.startAfter("QMS", "WI", 999);
        DocumentNumberAllocator allocator = new DocumentNumberAllocator(sequence);

        assertThatThrownBy(() -> allocator.allocate("QMS", WI)).isInstanceOf(DocumentNumberRangeExhaustedException.class);
        assertThatThrownBy(() -> allocator.allocate("QMS", WI)).isInstanceOf(DocumentNumberRangeExhaustedException.class);
        assertThat(allocator.allocate("QMS", WI.withNumberFormat(DocumentNumberFormat.of("WI-{0000}"))))
                .isEqualTo("WI-1002");
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1})
    void refusesASequenceThatBreaksItsContract(long broken) {
        DocumentNumberAllocator allocator = new DocumentNumberAllocator((space, type) -> broken);
        assertThatThrownBy(() -> allocator.allocate("QMS", SOP))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("returned " + broken);
    }

    @Test
    void needsASpaceAndAType() {
        DocumentNumberAllocator allocator = new DocumentNumberAllocator(new InMemorySequence());
        assertThatThrownBy(() -> allocator.allocate(" ", SOP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> allocator.allocate(null, SOP)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> allocator.allocate("QMS", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new DocumentNumberAllocator(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void eightConcurrentCreatorsNeverGetTheSameNumber() throws Exception {
        int threads = 8;
        int perThread = 200;
        DocumentNumberAllocator allocator = new DocumentNumberAllocator(new ConcurrentInMemorySequence());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    List<String> mine = new ArrayList<>(perThread);
                    for (int i = 0; i < perThread; i++) {
                        mine.add(allocator.allocate("QMS", SOP));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                all.addAll(f.get(30, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
            List<String> expected = new ArrayList<>();
            for (int n = 1; n <= threads * perThread; n++) {
                expected.add(SOP.numberFormat().format(n));
            }
            assertThat(all).containsExactlyInAnyOrderElementsOf(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
