package org.eqms.jira.store;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Streams read page by page with keyset paging ({@code WHERE key > last ORDER BY key LIMIT n}): each page is one
 * short query whose rows are turned into domain records at once, so no AO entity object and no database cursor
 * outlives its page, and a stream that is abandoned holds nothing open. A stream sees rows committed before each
 * page is read (it is not a snapshot).
 */
final class Pages {
    /** Rows per query, unless a store says otherwise. */
    static final int SIZE = 500;

    private Pages() {
    }

    /** One page of values and the key of its last row ({@code null} when the page is empty). */
    record Page<T, K>(List<T> values, K last) {
    }

    /** {@link #stream(int, Function)} with pages of {@link #SIZE} rows. */
    static <T, K> Stream<T> stream(Function<K, Page<T, K>> fetch) {
        return stream(SIZE, fetch);
    }

    /**
     * @param size  the rows per page the fetch reads
     * @param fetch given the key of the last row read ({@code null} for the first page), reads the next page of at
     *              most {@code size} rows; a shorter page is the last
     */
    static <T, K> Stream<T> stream(int size, Function<K, Page<T, K>> fetch) {
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<T>(Long.MAX_VALUE, Spliterator.ORDERED
                | Spliterator.NONNULL) {
            private Iterator<T> current = List.<T>of().iterator();
            private K last;
            private boolean more = true;

            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                while (!current.hasNext()) {
                    if (!more) {
                        return false;
                    }
                    Page<T, K> page = fetch.apply(last);
                    more = page.values().size() >= size;
                    last = page.last();
                    current = page.values().iterator();
                }
                action.accept(current.next());
                return true;
            }
        }, false);
    }

    /** Collects a page while rows are streamed, remembering the last row's key. */
    static final class Collector<T, K> {
        private final List<T> values = new ArrayList<>();
        private K last;

        void add(T value, K key) {
            values.add(value);
            last = key;
        }

        Page<T, K> page() {
            return new Page<>(values, last);
        }
    }

    /** The list cut into consecutive slices of at most {@code size} elements (for IN lists and batches). */
    static <T> List<List<T>> slices(List<T> list, int size) {
        List<List<T>> slices = new ArrayList<>();
        for (int i = 0; i < list.size(); i += size) {
            slices.add(list.subList(i, Math.min(list.size(), i + size)));
        }
        return slices;
    }

    /** {@code ?,?,…} with n placeholders. */
    static String placeholders(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }
}
