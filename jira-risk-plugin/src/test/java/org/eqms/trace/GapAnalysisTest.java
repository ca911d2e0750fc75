package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.trace.TraceFixtures.CLOCK;
import static org.eqms.trace.TraceFixtures.NOW;
import static org.eqms.trace.TraceFixtures.ZLIB;
import static org.eqms.trace.TraceFixtures.cleanGraph;
import static org.eqms.trace.TraceFixtures.cleanRegister;
import static org.eqms.trace.TraceFixtures.completeSoup;
import static org.eqms.trace.TraceFixtures.item;
import static org.eqms.trace.TraceFixtures.test;
import static org.eqms.trace.TraceFixtures.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Gap analysis against hand-built graphs: a clean graph has no gap; each change makes exactly its gap. */
class GapAnalysisTest {

    private static final GapAnalysis ED1 = new GapAnalysis(ClassificationScheme.IEC62304_ED1);

    /** What a gap is, for comparing: kind, item, activity. */
    record Found(GapKind kind, String itemId, Activity activity) {
        static Found of(Gap g) {
            return new Found(g.kind(), g.itemId(), g.activity());
        }
    }

    static Found gap(GapKind kind, String itemId) {
        return new Found(kind, itemId, null);
    }

    static Found missing(String itemId, Activity activity) {
        return new Found(GapKind.MISSING_ACTIVITY, itemId, activity);
    }

    @Test
    @Clause("IEC62304-5.1.1")
    @Clause("IEC62304-7.3.3")
    void aCompleteClassCTraceHasNoGap() {
        GapReport report = ED1.analyse(cleanGraph(), cleanRegister(), new SuspectLinks(CLOCK));
        assertThat(report.gaps()).isEmpty();
        assertThat(report.isClean()).isTrue();
    }

    static Arguments change(String name, Consumer<TraceGraph> change, Found... expected) {
        return Arguments.of(name, change, UnaryOperator.identity(), List.of(expected));
    }

    static Arguments registerChange(String name, UnaryOperator<SoupRegister> change, Found... expected) {
        return Arguments.of(name, (Consumer<TraceGraph>) g -> { }, change, List.of(expected));
    }

    static Stream<Arguments> eachGap() {
        return Stream.of(
                change("unacceptable risk without control", g -> {
                    g.add(TraceItem.hazardousSituation("HS-3", "HS-3", "Occlusion", RiskAcceptability.UNACCEPTABLE));
                    g.link("H-1", LinkType.LEADS_TO, "HS-3");
                }, gap(GapKind.UNACCEPTABLE_RISK_WITHOUT_CONTROL, "HS-3")),
                change("acceptable risk needs no control", g -> {
                    g.add(TraceItem.hazardousSituation("HS-3", "HS-3", "Noise", RiskAcceptability.ACCEPTABLE));
                    g.link("H-1", LinkType.LEADS_TO, "HS-3");
                }),
                change("risk not evaluated", g -> {
                    g.add(TraceItem.of("HS-3", ItemRole.HAZARDOUS_SITUATION, "HS-3", "Unknown"));
                    g.link("H-1", LinkType.LEADS_TO, "HS-3");
                }, gap(GapKind.RISK_NOT_EVALUATED, "HS-3")),
                change("control without implementation", g -> {
                    g.add(item("RC-2", ItemRole.RISK_CONTROL));
                    g.link("HS-1", LinkType.MITIGATED_BY, "RC-2");
                    g.link("RC-2", LinkType.VERIFIED_BY, "VT-RC");
                }, gap(GapKind.CONTROL_WITHOUT_IMPLEMENTATION, "RC-2")),
                change("control without effectiveness verification", g -> {
                    g.add(item("RC-2", ItemRole.RISK_CONTROL));
                    g.link("HS-1", LinkType.MITIGATED_BY, "RC-2");
                    g.link("RC-2", LinkType.IMPLEMENTED_BY, "SRS-2");
                }, gap(GapKind.CONTROL_WITHOUT_EFFECTIVENESS_VERIFICATION, "RC-2")),
                change("failing verification", g -> g.replace(test("T-1", VerificationStatus.FAILED)),
                        gap(GapKind.FAILING_VERIFICATION, "T-1")),
                change("open verification", g -> g.replace(test("UT-1", VerificationStatus.OPEN)),
                        gap(GapKind.OPEN_VERIFICATION, "UT-1")),
                change("software requirement without test", g -> {
                    g.add(item("SRS-3", ItemRole.SOFTWARE_REQUIREMENT));
                    g.link("SYS-1", LinkType.DERIVES, "SRS-3");
                }, gap(GapKind.REQUIREMENT_WITHOUT_TEST, "SRS-3")),
                change("system requirement without test", g -> {
                    g.add(item("SYS-2", ItemRole.SYSTEM_REQUIREMENT));
                }, gap(GapKind.REQUIREMENT_WITHOUT_TEST, "SYS-2")),
                change("software requirement traced to nothing", g -> {
                    g.add(item("SRS-3", ItemRole.SOFTWARE_REQUIREMENT));
                    g.link("SRS-3", LinkType.VERIFIED_BY, "T-1");
                }, gap(GapKind.UNTRACED_ITEM, "SRS-3")),
                change("software requirement traced to a risk control only", g -> {
                    g.add(item("SRS-3", ItemRole.SOFTWARE_REQUIREMENT));
                    g.link("SRS-3", LinkType.VERIFIED_BY, "T-1");
                    g.link("RC-1", LinkType.IMPLEMENTED_BY, "SRS-3");
                }),
                change("untraced hazard", g -> g.add(item("H-2", ItemRole.HAZARD)),
                        gap(GapKind.UNTRACED_ITEM, "H-2")),
                change("hazardous situation no hazard leads to", g -> {
                    g.add(TraceItem.hazardousSituation("HS-3", "HS-3", "x", RiskAcceptability.ACCEPTABLE));
                }, gap(GapKind.UNTRACED_ITEM, "HS-3")),
                change("risk control mitigating nothing", g -> {
                    g.add(item("RC-2", ItemRole.RISK_CONTROL));
                    g.link("RC-2", LinkType.IMPLEMENTED_BY, "SRS-2");
                    g.link("RC-2", LinkType.VERIFIED_BY, "VT-RC");
                }, gap(GapKind.UNTRACED_ITEM, "RC-2")),
                change("implementation implementing nothing", g -> g.add(item("IMPL-2", ItemRole.IMPLEMENTATION)),
                        gap(GapKind.UNTRACED_ITEM, "IMPL-2")),
                change("test verifying nothing", g -> g.add(test("T-9", VerificationStatus.PASSED)),
                        gap(GapKind.UNTRACED_ITEM, "T-9")),
                change("anomaly affecting nothing", g -> g.add(item("AN-2", ItemRole.ANOMALY)),
                        gap(GapKind.UNTRACED_ITEM, "AN-2")),
                change("change request affecting nothing", g -> g.add(item("CR-2", ItemRole.CHANGE_REQUEST)),
                        gap(GapKind.UNTRACED_ITEM, "CR-2")),
                change("software item in no system", g -> {
                    g.add(unit("U-9", "C"));
                    g.add(item("IMPL-9", ItemRole.IMPLEMENTATION));
                    g.link("U-9", LinkType.IMPLEMENTED_BY, "IMPL-9");
                    g.link("U-9", LinkType.VERIFIED_BY, "UT-1");
                }, gap(GapKind.UNTRACED_ITEM, "U-9")),
                change("class C unit without detailed design",
                        g -> g.replace(g.require("U-1").withField(TraceItem.DETAILED_DESIGN, null)),
                        missing("U-1", Activity.DETAILED_DESIGN)),
                change("class B unit needs no detailed design", g -> g.replace(g.require("U-1")
                        .withField(TraceItem.DETAILED_DESIGN, null).withSafetyClass("B")
                        .withField(TraceItem.CLASS_RATIONALE, "Segregated by an MPU partition"))),
                change("class C unit without verification", g -> {
                    g.add(unit("U-2", "C"));
                    g.link("SW-DOSE", LinkType.CONTAINS, "U-2");
                    g.link("U-2", LinkType.IMPLEMENTED_BY, "IMPL-1");
                }, missing("U-2", Activity.UNIT_VERIFICATION)),
                change("class A unit needs no verification", g -> {
                    g.add(unit("U-2", "A").withField(TraceItem.CLASS_RATIONALE, "Display only"));
                    g.link("SW-DOSE", LinkType.CONTAINS, "U-2");
                    g.link("U-2", LinkType.IMPLEMENTED_BY, "IMPL-1");
                }),
                change("unit without implementation", g -> {
                    g.add(unit("U-2", "C"));
                    g.link("SW-DOSE", LinkType.CONTAINS, "U-2");
                    g.link("U-2", LinkType.VERIFIED_BY, "UT-1");
                }, missing("U-2", Activity.UNIT_IMPLEMENTATION)),
                change("item not refined into units", g -> {
                    g.add(TraceItem.softwareItem("SW-UI", "SW-UI", "UI", SoftwareLevel.ITEM, "C"));
                    g.link("SW", LinkType.CONTAINS, "SW-UI");
                    g.link("SW-UI", LinkType.IMPLEMENTED_BY, "IMPL-1");
                }, missing("SW-UI", Activity.UNIT_DECOMPOSITION)),
                change("item of units without integration test", g -> {
                    g.unlink(new TraceLink("SW-DOSE", LinkType.VERIFIED_BY, "IT-1"));
                    g.link("SRS-1", LinkType.VERIFIED_BY, "IT-1");
                }, missing("SW-DOSE", Activity.INTEGRATION_TESTING)),
                change("unclassified software system", g -> g.replace(g.require("SW").withSafetyClass(null)),
                        gap(GapKind.MISSING_SAFETY_CLASS, "SW")),
                change("class the scheme does not know", g -> g.replace(g.require("SW").withSafetyClass("D")),
                        gap(GapKind.MISSING_SAFETY_CLASS, "SW")),
                change("unclassified item inherits its container's class", g ->
                        g.replace(g.require("SW-DOSE").withSafetyClass(null))),
                change("class below the container without rationale",
                        g -> g.replace(g.require("U-1").withSafetyClass("B")),
                        gap(GapKind.CLASS_BELOW_CONTAINER_WITHOUT_RATIONALE, "U-1")),
                change("SOUP in no software item", g -> g.unlink(new TraceLink("SW-DOSE", LinkType.CONTAINS,
                        "SOUP-1")), gap(GapKind.UNTRACED_ITEM, "SOUP-1")),
                registerChange("SOUP not in the register", r -> SoupRegister.empty(),
                        gap(GapKind.SOUP_NOT_IN_REGISTER, "SOUP-1")),
                registerChange("SOUP anomalies never reviewed", r -> r.update(r.entry("SOUP-1").orElseThrow()
                        .withAnomalyReview(null)), new Found(GapKind.SOUP_WITHOUT_ANOMALY_REVIEW, "SOUP-1",
                        Activity.SOUP_ANOMALY_REVIEW)),
                registerChange("SOUP anomalies reviewed for an older version", r -> r.update(
                        r.entry("SOUP-1").orElseThrow().withComponent(ZLIB.withVersion("1.3.2"))),
                        new Found(GapKind.SOUP_WITHOUT_ANOMALY_REVIEW, "SOUP-1", Activity.SOUP_ANOMALY_REVIEW)),
                registerChange("SOUP without requirements", r -> r.update(r.entry("SOUP-1").orElseThrow()
                        .withRequirements(null, null)), missing("SOUP-1", Activity.SOUP_REQUIREMENTS),
                        missing("SOUP-1", Activity.SOUP_PREREQUISITES)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eachGap")
    @Clause("ISO14971-7.1")
    @Clause("IEC62304-7.2.2")
    @Clause("IEC62304-7.3.1")
    @Clause("IEC62304-5.7.1")
    @Clause("IEC62304-5.2.6")
    @Clause("IEC62304-5.3.3")
    @Clause("IEC62304-5.4.2")
    @Clause("IEC62304-5.5.5")
    @Clause("IEC62304-7.1.3")
    @Clause("IEC62304-8.1.2")
    @Clause("IEC62304-4.3")
    void eachDefectOfTheTraceIsReportedAsExactlyItsGap(String name, Consumer<TraceGraph> change,
                                                       UnaryOperator<SoupRegister> registerChange,
                                                       List<Found> expected) {
        TraceGraph graph = cleanGraph();
        change.accept(graph);
        SoupRegister register = registerChange.apply(cleanRegister());

        GapReport report = ED1.analyse(graph, register);

        assertThat(report.gaps()).extracting(Found::of).containsExactlyInAnyOrderElementsOf(expected);
        for (Gap g : report.gaps()) {
            assertThat(g.message()).as("message").isNotBlank();
            assertThat(g.fix().instruction()).as("fix").isNotBlank();
            assertThat(g.clause()).as("clause").matches("(IEC62304|ISO14971|ISO13485)-.+");
            assertThat(g.itemKey()).isEqualTo(graph.require(g.itemId()).key());
        }
    }

    @Test
    void theFixSaysWhichRoleToCreateAndHowToLinkIt() {
        TraceGraph graph = cleanGraph();
        graph.add(TraceItem.hazardousSituation("HS-3", "HS-3", "Occlusion", RiskAcceptability.UNACCEPTABLE));
        graph.link("H-1", LinkType.LEADS_TO, "HS-3");
        graph.add(item("SRS-3", ItemRole.SOFTWARE_REQUIREMENT));
        graph.link("SYS-1", LinkType.DERIVES, "SRS-3");
        graph.add(test("T-9", VerificationStatus.PASSED));

        GapReport report = ED1.analyse(graph, cleanRegister());

        Gap noControl = report.ofKind(GapKind.UNACCEPTABLE_RISK_WITHOUT_CONTROL).get(0);
        assertThat(noControl.fix()).isEqualTo(new FixAction(FixAction.Kind.LINK_DOWNSTREAM, ItemRole.RISK_CONTROL,
                LinkType.MITIGATED_BY, null, null, "Create or choose a RISK_CONTROL and link HS-3 —MITIGATED_BY→ it."));
        assertThat(noControl.message()).isEqualTo("Hazardous situation HS-3 has an unacceptable risk and no risk control.");
        assertThat(noControl.clause()).isEqualTo("ISO14971-7.1");
        Gap noTest = report.ofKind(GapKind.REQUIREMENT_WITHOUT_TEST).get(0);
        assertThat(noTest.fix().role()).isEqualTo(ItemRole.VERIFICATION);
        assertThat(noTest.fix().linkType()).isEqualTo(LinkType.VERIFIED_BY);
        Gap orphanTest = report.forItem("T-9").get(0);
        assertThat(orphanTest.fix().kind()).isEqualTo(FixAction.Kind.LINK_UPSTREAM);
        assertThat(orphanTest.clause()).isEqualTo("IEC62304-5.7.4");
        assertThat(report.countsByKind()).containsOnlyKeys(GapKind.UNACCEPTABLE_RISK_WITHOUT_CONTROL,
                GapKind.REQUIREMENT_WITHOUT_TEST, GapKind.UNTRACED_ITEM);
    }

    @Test
    @Clause("IEC62304-4.3")
    @Clause("IEC62304-5.3.1")
    @Clause("IEC62304-5.5.1")
    void aBareSoftwareSystemMissesTheActivitiesItsClassRequires() {
        for (String safetyClass : List.of("A", "B", "C")) {
            TraceGraph graph = new TraceGraph();
            graph.add(TraceItem.softwareItem("S", "S", "System", SoftwareLevel.SYSTEM, safetyClass));
            List<Activity> missing = ED1.analyse(graph, SoupRegister.empty()).ofKind(GapKind.MISSING_ACTIVITY)
                    .stream().map(Gap::activity).toList();
            List<Activity> expected = new ArrayList<>(List.of(Activity.SOFTWARE_REQUIREMENTS));
            if (!safetyClass.equals("A")) {
                expected.add(Activity.ARCHITECTURE);
            }
            expected.add(Activity.UNIT_IMPLEMENTATION);
            assertThat(missing).as("class " + safetyClass).containsExactlyElementsOf(expected);
        }
    }

    @Test
    @Clause("IEC62304-7.1.3")
    void aClassASoupNeedsNoAnomalyReviewUnderEdition1() {
        TraceGraph graph = cleanGraph();
        graph.replace(graph.require("SW").withSafetyClass("A"));
        graph.replace(graph.require("SW-DOSE").withSafetyClass("A"));
        graph.replace(graph.require("U-1").withSafetyClass("A"));
        SoupRegister register = SoupRegister.of(List.of(SoupEntry.of("SOUP-1", ZLIB)));
        assertThat(ED1.analyse(graph, register).gaps()).isEmpty();
        graph.replace(graph.require("SW-DOSE").withSafetyClass("B"));
        graph.replace(graph.require("U-1").withSafetyClass("B"));
        graph.replace(graph.require("SW").withSafetyClass("B"));
        assertThat(ED1.analyse(graph, register).gaps()).extracting(Gap::kind).containsExactlyInAnyOrder(
                GapKind.MISSING_ACTIVITY, GapKind.MISSING_ACTIVITY, GapKind.SOUP_WITHOUT_ANOMALY_REVIEW);
    }

    @Test
    @Clause("IEC62304-8.2.3")
    void aSuspectLinkIsAGapUntilReReviewed() {
        TraceGraph graph = cleanGraph();
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        TraceItem before = graph.require("RC-1");
        TraceItem after = before.withTitle("Limit the bolus to 10 ml");
        graph.replace(after);
        suspects.onChange(graph, before, after, "u-risk");

        GapReport report = ED1.analyse(graph, cleanRegister(), suspects);
        assertThat(report.gaps()).extracting(Found::of).containsExactlyInAnyOrder(
                gap(GapKind.SUSPECT_LINK, "SRS-2"), gap(GapKind.SUSPECT_LINK, "VT-RC"),
                gap(GapKind.SUSPECT_LINK, "T-2"), gap(GapKind.SUSPECT_LINK, "U-1"),
                gap(GapKind.SUSPECT_LINK, "IMPL-1"), gap(GapKind.SUSPECT_LINK, "UT-1"));
        Gap toTest = report.forItem("VT-RC").get(0);
        assertThat(toTest.fix().kind()).isEqualTo(FixAction.Kind.REVIEW_LINK);
        assertThat(toTest.fix().link()).isEqualTo(new TraceLink("RC-1", LinkType.VERIFIED_BY, "VT-RC"));
        assertThat(toTest.message()).contains("RC-1 changed on " + NOW);

        suspects.review(toTest.fix().link(), "u-qa", "Test still checks the 10 ml limit");
        assertThat(ED1.analyse(graph, cleanRegister(), suspects).gaps()).hasSize(5);
    }

    @Test
    void gapsStreamToASinkInTheSameOrderAsTheReport() {
        TraceGraph graph = cleanGraph();
        graph.add(item("H-2", ItemRole.HAZARD));
        graph.replace(test("T-1", VerificationStatus.FAILED));
        List<Gap> streamed = new ArrayList<>();
        ED1.analyse(graph, cleanRegister(), null, streamed::add);
        assertThat(streamed).containsExactlyElementsOf(ED1.analyse(graph, cleanRegister()).gaps());
        assertThat(streamed).extracting(Gap::kind).containsExactly(GapKind.UNTRACED_ITEM, GapKind.FAILING_VERIFICATION);
    }

    @Test
    void theCleanGraphRegisterEntryIsComplete() {
        assertThat(completeSoup("x", ZLIB).anomaliesReviewed()).isTrue();
    }
}
