package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.trace.TraceFixtures.CLOCK;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The sizes the design is for, in memory: 10,000 software requirements (and 1,000 system requirements), 5,000
 * hazardous situations with 5,000 risk controls, 20,000 tests, over 100,000 links. Asserts results, not timings.
 */
class TraceScaleSmokeTest {

    static final int SYSTEM_REQUIREMENTS = 1_000;
    static final int REQUIREMENTS = 10_000;
    static final int HAZARDS = 1_000;
    static final int RISKS = 5_000;
    static final int TESTS = 20_000;
    static final int ITEMS = 20;
    static final int UNITS_PER_ITEM = 10;
    static final int FAILING = 100;
    static final int UNCONTROLLED = 50;

    static TraceGraph graph;

    @BeforeAll
    static void build() {
        TraceGraph g = new TraceGraph();
        for (int i = 0; i < SYSTEM_REQUIREMENTS; i++) {
            g.add(TraceItem.of("sys" + i, ItemRole.SYSTEM_REQUIREMENT, "SYS-" + (i + 1), "System requirement " + i));
        }
        for (int i = 0; i < REQUIREMENTS; i++) {
            g.add(TraceItem.of("srs" + i, ItemRole.SOFTWARE_REQUIREMENT, "SRS-" + (i + 1), "Requirement " + i)
                    .withField("description", "The pump shall do thing " + i));
        }
        for (int i = 0; i < HAZARDS; i++) {
            g.add(TraceItem.of("h" + i, ItemRole.HAZARD, "H-" + (i + 1), "Hazard " + i));
        }
        for (int i = 0; i < RISKS; i++) {
            g.add(TraceItem.hazardousSituation("hs" + i, "HS-" + (i + 1), "Situation " + i,
                    i % 2 == 0 ? RiskAcceptability.UNACCEPTABLE : RiskAcceptability.ACCEPTABLE));
            g.add(TraceItem.of("rc" + i, ItemRole.RISK_CONTROL, "RC-" + (i + 1), "Control " + i));
        }
        for (int t = 0; t < TESTS; t++) {
            g.add(TraceItem.verification("t" + t, "TC-" + (t + 1), "Test " + t,
                    t < FAILING ? VerificationStatus.FAILED : VerificationStatus.PASSED));
        }
        g.add(TraceItem.softwareItem("sw", "SW", "Pump software", SoftwareLevel.SYSTEM, "C"));
        for (int i = 0; i < ITEMS; i++) {
            g.add(TraceItem.softwareItem("item" + i, "ITEM-" + i, "Item " + i, SoftwareLevel.ITEM, "C"));
            g.link("sw", LinkType.CONTAINS, "item" + i);
            g.link("item" + i, LinkType.VERIFIED_BY, "t" + (TESTS - 1 - i));
            for (int u = 0; u < UNITS_PER_ITEM; u++) {
                String unit = "unit" + (i * UNITS_PER_ITEM + u);
                g.add(TraceItem.softwareItem(unit, unit.toUpperCase(), "Unit", SoftwareLevel.UNIT, "C")
                        .withField(TraceItem.DETAILED_DESIGN, "SDD-" + unit));
                g.add(TraceItem.of("impl-" + unit, ItemRole.IMPLEMENTATION, "MR-" + unit, "Merge request"));
                g.link("item" + i, LinkType.CONTAINS, unit);
                g.link(unit, LinkType.IMPLEMENTED_BY, "impl-" + unit);
                g.link(unit, LinkType.VERIFIED_BY, "t" + (TESTS - 100 - i * UNITS_PER_ITEM - u));
            }
        }
        g.link("sw", LinkType.VERIFIED_BY, "t" + (TESTS - 50));
        int units = ITEMS * UNITS_PER_ITEM;
        for (int i = 0; i < REQUIREMENTS; i++) {
            g.link("sys" + (i % SYSTEM_REQUIREMENTS), LinkType.DERIVES, "srs" + i);
            g.link("srs" + i, LinkType.IMPLEMENTED_BY, "unit" + (i % units));
            // every test verifies some requirement (t and t + 10,000), and four more tests per requirement
            linkOnce(g, "srs" + i, "t" + i);
            linkOnce(g, "srs" + i, "t" + (i + REQUIREMENTS));
            for (int k = 1; k <= 4; k++) {
                linkOnce(g, "srs" + i, "t" + Math.floorMod(i * 7 + k * 2003, TESTS));
            }
        }
        for (int i = 0; i < SYSTEM_REQUIREMENTS; i++) {
            g.link("sys" + i, LinkType.VERIFIED_BY, "t" + (FAILING + i));
        }
        for (int i = 0; i < RISKS; i++) {
            g.link("h" + (i % HAZARDS), LinkType.LEADS_TO, "hs" + i);
            // the last 50 unacceptable situations lack a control; their controls mitigate the first situations
            boolean uncontrolled = i % 2 == 0 && i >= RISKS - 2 * UNCONTROLLED;
            g.link(uncontrolled ? "hs" + (i - (RISKS - 2 * UNCONTROLLED)) : "hs" + i, LinkType.MITIGATED_BY, "rc" + i);
            g.link("rc" + i, LinkType.IMPLEMENTED_BY, "srs" + (i * 2));
            g.link("rc" + i, LinkType.VERIFIED_BY, "t" + (FAILING + SYSTEM_REQUIREMENTS + i));
        }
        graph = g;
    }

    private static void linkOnce(TraceGraph g, String from, String to) {
        TraceLink link = new TraceLink(from, LinkType.VERIFIED_BY, to);
        if (!g.contains(link)) {
            g.link(link);
        }
    }

    @Test
    void theGraphHasTheDesignSizes() {
        assertThat(graph.itemCount(ItemRole.SOFTWARE_REQUIREMENT)).isEqualTo(REQUIREMENTS);
        assertThat(graph.itemCount(ItemRole.HAZARDOUS_SITUATION)).isEqualTo(RISKS);
        assertThat(graph.itemCount(ItemRole.VERIFICATION)).isEqualTo(TESTS);
        assertThat(graph.linkCount()).isGreaterThanOrEqualTo(100_000);
    }

    @Test
    void theGapAnalysisFindsExactlyTheFailingTestsAndTheUncontrolledRisks() {
        GapReport report = new GapAnalysis(ClassificationScheme.IEC62304_ED1).analyse(graph, SoupRegister.empty(),
                new SuspectLinks(CLOCK));
        assertThat(report.countsByKind()).isEqualTo(Map.of(GapKind.FAILING_VERIFICATION, FAILING,
                GapKind.UNACCEPTABLE_RISK_WITHOUT_CONTROL, UNCONTROLLED));
        assertThat(report.ofKind(GapKind.UNACCEPTABLE_RISK_WITHOUT_CONTROL)).extracting(Gap::itemId)
                .first().isEqualTo("hs" + (RISKS - 2 * UNCONTROLLED));
    }

    @Test
    void aPageOf500RowsComesFromAnywhereInTheMatrix() {
        MatrixPage page = TraceMatrix.page(graph, MatrixQuery.of(ItemRole.SOFTWARE_REQUIREMENT, 9_000, 500));
        assertThat(page.total()).isEqualTo(REQUIREMENTS);
        assertThat(page.rows()).hasSize(500);
        assertThat(page.rows().get(0).item().key()).isEqualTo("SRS-9001");
        assertThat(page.rows().get(499).item().key()).isEqualTo("SRS-9500");
        assertThat(page.rows()).allMatch(r -> r.upstream().size() >= 1 && r.downstream().size() >= 3);

        long failing = graph.items(ItemRole.SOFTWARE_REQUIREMENT).filter(r -> graph.downstream(r.id(),
                LinkType.VERIFIED_BY).anyMatch(t -> t.status() == VerificationStatus.FAILED)).count();
        MatrixPage failingPage = TraceMatrix.page(graph, MatrixQuery.of(ItemRole.SOFTWARE_REQUIREMENT, 0, 500)
                .withCoverages(java.util.Set.of(Coverage.FAILING)));
        assertThat(failingPage.total()).isEqualTo((int) failing).isGreaterThanOrEqualTo(FAILING);
        assertThat(failingPage.rows()).allMatch(r -> r.coverage() == Coverage.FAILING);
    }

    @Test
    void aChangeAtTheTopMarksItsDownstreamAndABaselineCoversEverything() {
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        TraceItem before = graph.require("h0");
        TraceGraph copy = graph;
        assertThat(suspects.onChange(copy, before, before.withTitle("Hazard 0, revised"), "u")).isNotEmpty()
                .allMatch(m -> m.link().type().propagatesSuspicion());

        TraceBaseline baseline = new TraceBaselines(CLOCK).take(graph, "scale", "Scale", "u", BaselineProgress.SILENT);
        assertThat(baseline.items()).hasSize(graph.itemCount());
        assertThat(baseline.links()).hasSize(graph.linkCount());
        assertThat(baseline.hash()).matches("[0-9a-f]{64}");
    }
}
