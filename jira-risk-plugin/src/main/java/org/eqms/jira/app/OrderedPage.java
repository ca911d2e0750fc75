package org.eqms.jira.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.stream.Stream;

/**
 * A page of a stream in an order the store cannot sort by (natural key order, FMEA priority over stored JSON): the
 * stream is read once, keeping only the first {@code offset + limit} elements of the order in a bounded heap, so a
 * project is never held whole for one page.
 */
final class OrderedPage {
    private OrderedPage() {
    }

    /** Elements {@code offset} to {@code offset + limit} of the stream in {@code order}; the stream is closed. */
    static <T> List<T> of(Stream<T> stream, Comparator<? super T> order, long offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + " / limit " + limit);
        }
        int keep = (int) Math.min(offset + limit, Integer.MAX_VALUE - 8L);
        PriorityQueue<T> lowest = new PriorityQueue<>(Math.min(keep, 1024), order.reversed());
        try (stream) {
            for (Iterator<T> it = stream.iterator(); it.hasNext(); ) {
                T next = it.next();
                if (lowest.size() < keep) {
                    lowest.add(next);
                } else if (order.compare(next, lowest.peek()) < 0) {
                    lowest.poll();
                    lowest.add(next);
                }
            }
        }
        List<T> sorted = new ArrayList<>(lowest);
        sorted.sort(order);
        return offset >= sorted.size() ? List.of() : List.copyOf(sorted.subList((int) offset, sorted.size()));
    }
}
