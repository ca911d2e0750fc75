package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.trace.TraceFixtures.CLOCK;
import static org.eqms.trace.TraceFixtures.NOW;
import static org.eqms.trace.TraceFixtures.cleanGraph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.eqms.audit.AuditedObject;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** docs/formats.md §11: the item hash rule, the baseline hash rule, and the diff between baselines. */
@Clause("IEC62304-8.1.3")
@Clause("21CFR11.70")
class TraceBaselineTest {

    private static final TraceBaselines BASELINES = new TraceBaselines(CLOCK);

    /** Independent of the code under test: the JDK's SHA-256 over the UTF-8 bytes of a hand-written text. */
    static String sha256Hex(String canonicalJson) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(sha.digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
    }

    static final TraceItem REQUIREMENT = TraceItem.of("10001", ItemRole.SOFTWARE_REQUIREMENT, "SRS-1", "Dose steps")
            .withField("description", "Dose in 0.1 ml steps");
    static final TraceItem TEST = TraceItem.verification("10003", "TC-1", "Bolus limit test", VerificationStatus.PASSED);

    static Stream<Arguments> canonicalItems() {
        return Stream.of(
                Arguments.of(REQUIREMENT, "{\"fields\":{\"description\":\"Dose in 0.1 ml steps\"},\"id\":\"10001\","
                        + "\"key\":\"SRS-1\",\"role\":\"SOFTWARE_REQUIREMENT\",\"title\":\"Dose steps\"}"),
                Arguments.of(TraceItem.hazardousSituation("10002", "HS-1", "Overdose", RiskAcceptability.UNACCEPTABLE),
                        "{\"acceptability\":\"UNACCEPTABLE\",\"fields\":{},\"id\":\"10002\",\"key\":\"HS-1\","
                                + "\"role\":\"HAZARDOUS_SITUATION\",\"title\":\"Overdose\"}"),
                Arguments.of(TEST, "{\"fields\":{},\"id\":\"10003\",\"key\":\"TC-1\",\"role\":\"VERIFICATION\","
                        + "\"status\":\"PASSED\",\"title\":\"Bolus limit test\"}"),
                Arguments.of(TraceItem.softwareItem("10004", "SW-1", "Dose calc", SoftwareLevel.UNIT, "C"),
                        "{\"fields\":{},\"id\":\"10004\",\"key\":\"SW-1\",\"level\":\"UNIT\",\"role\":\"SOFTWARE_ITEM\","
                                + "\"safetyClass\":\"C\",\"title\":\"Dose calc\"}"),
                Arguments.of(TraceItem.softwareItem("9007199254740993", "SW-2", "Ünït \"x\"", SoftwareLevel.SYSTEM,
                        null), "{\"fields\":{},\"id\":\"9007199254740993\",\"key\":\"SW-2\",\"level\":\"SYSTEM\","
                        + "\"role\":\"SOFTWARE_ITEM\",\"safetyClass\":null,\"title\":\"Ünït \\\"x\\\"\"}"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("canonicalItems")
    void theItemHashIsTheSha256OfTheHandWrittenCanonicalJson(TraceItem item, String canonical) throws Exception {
        assertThat(TraceItemHash.canonicalJson(item)).isEqualTo(canonical);
        assertThat(TraceItemHash.of(item)).isEqualTo(sha256Hex(canonical)).matches("[0-9a-f]{64}");
    }

    @Test
    void theBaselineHashIsTheSha256OfTheHandWrittenCanonicalJson() throws Exception {
        TraceGraph graph = new TraceGraph();
        graph.add(TEST);
        graph.add(REQUIREMENT);
        graph.link("10001", LinkType.VERIFIED_BY, "10003");

        TraceBaseline baseline = BASELINES.take(graph, "b1", "Design freeze", "u-qa", BaselineProgress.SILENT);

        String canonical = "{\"format\":\"eqms-trace-baseline/1\",\"items\":{\"10001\":\"" + sha256Hex(
                TraceItemHash.canonicalJson(REQUIREMENT)) + "\",\"10003\":\"" + sha256Hex(
                TraceItemHash.canonicalJson(TEST)) + "\"},\"links\":[[\"10001\",\"VERIFIED_BY\",\"10003\"]]}";
        assertThat(TraceBaselines.canonicalJson(baseline.items(), baseline.links())).isEqualTo(canonical);
        assertThat(baseline.hash()).isEqualTo(sha256Hex(canonical));
        assertThat(baseline.createdAt()).isEqualTo(NOW);
        assertThat(baseline.createdBy()).isEqualTo("u-qa");
        assertThat(baseline.isIntact()).isTrue();
    }

    @Test
    void theWorkedExampleOfFormatsSection11Holds() {
        TraceGraph graph = new TraceGraph();
        graph.add(REQUIREMENT);
        graph.add(TEST);
        graph.link("10001", LinkType.VERIFIED_BY, "10003");
        TraceBaseline baseline = BASELINES.take(graph, "b1", "Design freeze", "u-qa", BaselineProgress.SILENT);

        assertThat(baseline.items().get("10001").hash())
                .isEqualTo("4cb422b18fbb094bfd28360550898562db40cab7beb814f5035d20c009fe9eff");
        assertThat(baseline.items().get("10003").hash())
                .isEqualTo("a0826c827a41a30ccb2584db958535c3ed5360f86bd44d12dff5abf2b042da77");
        assertThat(baseline.hash()).isEqualTo("e604bb1d71f616b8cc1117e0385e7f24324e26b0726b8d50cac0e0d1806d634f");
    }

    @Test
    void theSameGraphBuiltInAnotherOrderHasTheSameBaselineHash() {
        TraceGraph forward = cleanGraph();
        TraceGraph backward = new TraceGraph();
        List<TraceItem> items = new ArrayList<>(forward.items().toList());
        List<TraceLink> links = new ArrayList<>(forward.links().toList());
        java.util.Collections.reverse(items);
        java.util.Collections.reverse(links);
        items.forEach(backward::add);
        links.forEach(backward::link);

        TraceBaseline a = BASELINES.take(forward, "a", "A", "u", BaselineProgress.SILENT);
        TraceBaseline b = new TraceBaselines(java.time.Clock.systemUTC()).take(backward, "b", "B", "v",
                BaselineProgress.SILENT);
        assertThat(b.hash()).isEqualTo(a.hash());
        assertThat(BaselineDiff.between(a, b).isEmpty()).isTrue();
    }

    static Stream<Arguments> changes() {
        return Stream.of(
                Arguments.of("title", REQUIREMENT.withTitle("Dose steps!"), List.of("title")),
                Arguments.of("key", REQUIREMENT.withKey("SRS-01"), List.of("key")),
                Arguments.of("field value", REQUIREMENT.withField("description", "Dose in 0.2 ml steps"),
                        List.of("fields.description")),
                Arguments.of("field added", REQUIREMENT.withField("rationale", "IEC 60601-2-24"),
                        List.of("fields.rationale")),
                Arguments.of("field removed", REQUIREMENT.withField("description", null),
                        List.of("fields.description")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("changes")
    void anyChangeOfAnItemChangesItsHashTheBaselineHashAndShowsInTheDiff(String what, TraceItem changed,
                                                                          List<String> members) {
        TraceGraph graph = new TraceGraph();
        graph.add(REQUIREMENT);
        TraceBaseline before = BASELINES.take(graph, "b1", "before", "u", BaselineProgress.SILENT);
        graph.replace(changed);
        TraceBaseline after = BASELINES.take(graph, "b2", "after", "u", BaselineProgress.SILENT);

        assertThat(TraceItemHash.of(changed)).isNotEqualTo(TraceItemHash.of(REQUIREMENT));
        assertThat(after.hash()).isNotEqualTo(before.hash());
        BaselineDiff diff = BaselineDiff.between(before, after);
        assertThat(diff.changedItems()).singleElement().satisfies(c -> {
            assertThat(c.before()).isEqualTo(REQUIREMENT);
            assertThat(c.after()).isEqualTo(changed);
            assertThat(c.changedMembers()).isEqualTo(members);
        });
        assertThat(diff.addedItems()).isEmpty();
        assertThat(diff.removedItems()).isEmpty();
    }

    @Test
    void theDiffListsAddedRemovedAndChangedItemsAndLinks() {
        TraceGraph graph = cleanGraph();
        TraceBaseline before = BASELINES.take(graph, "b1", "R1", "u", BaselineProgress.SILENT);
        graph.unlink(new TraceLink("SRS-2", LinkType.VERIFIED_BY, "T-2"));
        graph.remove("T-2");
        graph.add(TraceFixtures.test("T-3", VerificationStatus.PASSED));
        graph.link("SRS-2", LinkType.VERIFIED_BY, "T-3");
        graph.replace(graph.require("HS-2").withAcceptability(RiskAcceptability.UNACCEPTABLE));
        graph.replace(graph.require("U-1").withSafetyClass("B"));
        graph.replace(TraceFixtures.test("T-1", VerificationStatus.FAILED));
        TraceBaseline after = BASELINES.take(graph, "b2", "R2", "u", BaselineProgress.SILENT);

        BaselineDiff diff = BaselineDiff.between(before, after);

        assertThat(diff.addedItems()).extracting(TraceItem::id).containsExactly("T-3");
        assertThat(diff.removedItems()).extracting(TraceItem::id).containsExactly("T-2");
        assertThat(diff.changedItems()).extracting(c -> c.after().id() + " " + c.changedMembers())
                .containsExactly("HS-2 [acceptability]", "T-1 [status]", "U-1 [safetyClass]");
        assertThat(diff.addedLinks()).containsExactly(new TraceLink("SRS-2", LinkType.VERIFIED_BY, "T-3"));
        assertThat(diff.removedLinks()).containsExactly(new TraceLink("SRS-2", LinkType.VERIFIED_BY, "T-2"));
        assertThat(BaselineDiff.between(after, before).addedItems()).extracting(TraceItem::id).containsExactly("T-2");
    }

    @Test
    void aTamperedBaselineIsNoLongerIntact() {
        TraceBaseline baseline = BASELINES.take(cleanGraph(), "b1", "R1", "u", BaselineProgress.SILENT);
        TreeMap<String, TraceBaseline.BaselineItem> items = new TreeMap<>(baseline.items());
        TraceBaseline.BaselineItem t1 = items.get("T-1");
        items.put("T-1", new TraceBaseline.BaselineItem(t1.item().withStatus(VerificationStatus.FAILED), t1.hash()));
        TraceBaseline itemTampered = new TraceBaseline("b1", "R1", "u", NOW, items, baseline.links(), baseline.hash());
        TraceBaseline linkDropped = new TraceBaseline("b1", "R1", "u", NOW, baseline.items(),
                baseline.links().subList(1, baseline.links().size()), baseline.hash());

        assertThat(baseline.isIntact()).isTrue();
        assertThat(itemTampered.isIntact()).isFalse();
        assertThat(linkDropped.isIntact()).isFalse();
    }

    @Test
    void aBaselineIsSignedOnItsHash() {
        TraceBaseline baseline = BASELINES.take(cleanGraph(), "b-7", "R1", "u", BaselineProgress.SILENT);
        assertThat(baseline.signableVersion().object()).isEqualTo(AuditedObject.of("eqms.trace-baseline", "b-7"));
        assertThat(baseline.signableVersion().contentHash()).isEqualTo(baseline.hash());
    }

    @Test
    void takingABaselineReportsProgressAndCanBeCancelled() {
        List<String> reported = new ArrayList<>();
        BaselineProgress recording = (done, total) -> reported.add(done + "/" + total);
        TraceGraph graph = cleanGraph();
        BASELINES.take(graph, "b", "R", "u", recording);
        assertThat(reported).containsExactly(graph.itemCount() + "/" + graph.itemCount());

        BaselineProgress cancelling = new BaselineProgress() {
            @Override
            public void items(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> BASELINES.take(graph, "b", "R", "u", cancelling))
                .isInstanceOfSatisfying(TraceRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(TraceRefusal.CANCELLED));
        assertThatThrownBy(() -> BASELINES.take(graph, "b", " ", "u", BaselineProgress.SILENT))
                .isInstanceOf(TraceRefusedException.class);
    }
}
