package org.eqms.jira.app;

import org.eqms.trace.NaturalKeyOrder;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A page of a stream in an order the store cannot sort by, read in one pass. */
class OrderedPageTest {
    private static final Comparator<String> ORDER = NaturalKeyOrder.INSTANCE;

    @Test
    void eachPageIsThatSliceOfTheWholeOrderWhateverTheStreamOrder() {
        List<String> ids = new ArrayList<>(IntStream.rangeClosed(1, 250).mapToObj(i -> "H-" + i).toList());
        Collections.shuffle(ids, new Random(7));
        List<String> sorted = ids.stream().sorted(ORDER).toList();
        for (int offset : new int[]{0, 1, 99, 240, 250, 300}) {
            for (int limit : new int[]{1, 10, 1000}) {
                assertThat(OrderedPage.of(ids.stream(), ORDER, offset, limit)).as("offset %d limit %d", offset, limit)
                        .containsExactlyElementsOf(sorted.subList(Math.min(offset, 250), Math.min(offset + limit, 250)));
            }
        }
        assertThat(OrderedPage.of(ids.stream(), ORDER, 0, 3)).containsExactly("H-1", "H-2", "H-3");
    }

    @Test
    void theStreamIsClosedAndABadPageIsRefused() {
        AtomicBoolean closed = new AtomicBoolean();
        OrderedPage.of(List.of("a").stream().onClose(() -> closed.set(true)), ORDER, 0, 1);
        assertThat(closed).isTrue();
        assertThatThrownBy(() -> OrderedPage.of(List.<String>of().stream(), ORDER, -1, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrderedPage.of(List.<String>of().stream(), ORDER, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
