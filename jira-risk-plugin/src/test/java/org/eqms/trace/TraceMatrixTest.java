package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.trace.TraceFixtures.CLOCK;
import static org.eqms.trace.TraceFixtures.cleanGraph;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraceMatrixTest {

    static TraceGraph requirements(int n) {
        TraceGraph graph = new TraceGraph();
        IntStream.rangeClosed(1, n).forEach(i -> graph.add(TraceItem.of("id" + (n - i), ItemRole.SOFTWARE_REQUIREMENT,
                "SRS-" + i, i % 10 == 0 ? "Alarm " + i : "Dose " + i)));
        return graph;
    }

    @Test
    void rowsAreOrderedByKeyWithNumbersComparedAsNumbers() {
        MatrixPage page = TraceMatrix.page(requirements(25), MatrixQuery.of(ItemRole.SOFTWARE_REQUIREMENT, 0, 12));
        assertThat(page.rows()).extracting(r -> r.item().key()).containsExactly("SRS-1", "SRS-2", "SRS-3", "SRS-4",
                "SRS-5", "SRS-6", "SRS-7", "SRS-8", "SRS-9", "SRS-10", "SRS-11", "SRS-12");
        assertThat(page.total()).isEqualTo(25);
        assertThat(page.hasMore()).isTrue();
    }

    @ParameterizedTest(name = "offset {0} limit {1}")
    @CsvSource({"0, 10, 10, SRS-1", "20, 10, 5, SRS-21", "25, 10, 0, ", "100, 1000, 0, "})
    void aPageHoldsLimitRowsFromOffset(int offset, int limit, int rows, String firstKey) {
        MatrixPage page = TraceMatrix.page(requirements(25), MatrixQuery.of(ItemRole.SOFTWARE_REQUIREMENT, offset,
                limit));
        assertThat(page.rows()).hasSize(rows);
        assertThat(page.total()).isEqualTo(25);
        if (firstKey != null) {
            assertThat(page.rows().get(0).item().key()).isEqualTo(firstKey);
        }
    }

    @Test
    void aTextFilterMatchesKeyOrTitleIgnoringCase() {
        MatrixPage page = TraceMatrix.page(requirements(25),
                MatrixQuery.of(ItemRole.SOFTWARE_REQUIREMENT, 0, 100).withText(" ALARM "));
        assertThat(page.rows()).extracting(r -> r.item().key()).containsExactly("SRS-10", "SRS-20");
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void rowsShowLinksBothWaysTheirCoverageAndWhichLinksAreSuspect() {
        TraceGraph graph = cleanGraph();
        graph.replace(TraceFixtures.test("T-2", VerificationStatus.FAILED));
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        TraceItem before = graph.require("SYS-1");
        graph.replace(before.withTitle("Changed"));
        suspects.onChange(graph, before, graph.require("SYS-1"), "u");

        MatrixPage all = TraceMatrix.page(graph, suspects, MatrixQuery.of(ItemRole.SOFTWARE_REQUIREMENT, 0, 10));
        assertThat(all.rows()).extracting(r -> r.item().key() + " " + r.coverage() + " " + r.hasSuspectLink())
                .containsExactly("SRS-1 PASSED true", "SRS-2 FAILING false");
        MatrixRow srs2 = all.rows().get(1);
        assertThat(srs2.upstream()).extracting(l -> l.other().key()).containsExactly("RC-1");
        assertThat(srs2.downstream()).extracting(l -> l.other().key()).containsExactly("T-2", "U-1");

        assertThat(TraceMatrix.page(graph, suspects, MatrixQuery.of(ItemRole.SOFTWARE_REQUIREMENT, 0, 10)
                .withCoverages(Set.of(Coverage.FAILING, Coverage.NOT_VERIFIED))).rows())
                .extracting(r -> r.item().key()).containsExactly("SRS-2");
        assertThat(TraceMatrix.page(graph, suspects, MatrixQuery.of(ItemRole.SOFTWARE_REQUIREMENT, 0, 10)
                .onlySuspect()).rows()).extracting(r -> r.item().key()).containsExactly("SRS-1");
        assertThat(TraceMatrix.page(graph, MatrixQuery.of(ItemRole.SOFTWARE_REQUIREMENT, 0, 10).onlySuspect())
                .total()).isZero();
    }

    @ParameterizedTest(name = "offset {0} limit {1}")
    @CsvSource({"-1, 10", "0, 0", "0, 1001"})
    void aPageOutOfRangeIsRefused(int offset, int limit) {
        assertThatThrownBy(() -> MatrixQuery.of(ItemRole.SOFTWARE_REQUIREMENT, offset, limit))
                .isInstanceOfSatisfying(TraceRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(TraceRefusal.INVALID_PAGE);
                    assertThat(e.httpStatus()).isEqualTo(400);
                });
    }

    @Test
    void naturalKeyOrderComparesDigitRunsAsNumbers() {
        List<String> keys = new java.util.ArrayList<>(List.of("SRS-10", "SRS-9", "SRS-009a", "A", "SRS-1.10",
                "SRS-1.2", "SRS-12345678901234567890", "SRS-2"));
        keys.sort(NaturalKeyOrder.INSTANCE);
        assertThat(keys).containsExactly("A", "SRS-1.2", "SRS-1.10", "SRS-2", "SRS-9", "SRS-009a", "SRS-10",
                "SRS-12345678901234567890");
    }
}
