package org.eqms.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.trace.TraceFixtures.CLOCK;
import static org.eqms.trace.TraceFixtures.NOW;
import static org.eqms.trace.TraceFixtures.cleanGraph;

import java.util.List;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;

/** A change upstream makes the trace downstream suspect until re-reviewed (IEC 62304 §7.4.1, §8.2.3). */
@Clause("IEC62304-8.2.3")
@Clause("IEC62304-7.4.1")
class SuspectLinksTest {

    @Test
    void aChangedRequirementMakesItsTestsAndImplementationSuspectWithWhoWhenAndTheHashes() {
        TraceGraph graph = cleanGraph();
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        TraceItem before = graph.require("SRS-1");
        TraceItem after = before.withField("description", "Dose in 0.1 ml steps");
        graph.replace(after);

        List<SuspectMark> marks = suspects.onChange(graph, before, after, "u-author");

        assertThat(marks).extracting(SuspectMark::link).containsExactly(
                new TraceLink("SRS-1", LinkType.VERIFIED_BY, "T-1"),
                new TraceLink("SRS-1", LinkType.IMPLEMENTED_BY, "SW-DOSE"),
                new TraceLink("SW-DOSE", LinkType.VERIFIED_BY, "IT-1"));
        SuspectMark mark = marks.get(0);
        assertThat(mark.changedItemId()).isEqualTo("SRS-1");
        assertThat(mark.changedBy()).isEqualTo("u-author");
        assertThat(mark.changedAt()).isEqualTo(NOW);
        assertThat(mark.hashBefore()).isEqualTo(TraceItemHash.of(before));
        assertThat(mark.hashAfter()).isEqualTo(TraceItemHash.of(after)).isNotEqualTo(mark.hashBefore());
    }

    @Test
    void decompositionAndProblemReportLinksDoNotCarrySuspicion() {
        TraceGraph graph = cleanGraph();
        assertThat(SuspectLinks.downstreamClosure(graph, "SW")).containsExactly(
                new TraceLink("SW", LinkType.VERIFIED_BY, "ST-1"));
        assertThat(SuspectLinks.downstreamClosure(graph, "AN-1")).isEmpty();
        assertThat(SuspectLinks.downstreamClosure(graph, "SOUP-1")).isEmpty();
    }

    @Test
    void aChangeOfTheKeyAloneIsNotRelevant() {
        TraceGraph graph = cleanGraph();
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        TraceItem before = graph.require("SYS-1");
        assertThat(suspects.onChange(graph, before, before.withKey("PRD-1"), "u")).isEmpty();
        assertThat(suspects.onChange(graph, before, before, "u")).isEmpty();
        assertThat(suspects.count()).isZero();
    }

    @Test
    void aReviewClearsOnlyTheReviewedLinkAndRecordsWhoWhenWhy() {
        TraceGraph graph = cleanGraph();
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        TraceItem before = graph.require("SRS-1");
        suspects.onChange(graph, before, before.withTitle("Changed"), "u-author");
        TraceLink link = new TraceLink("SRS-1", LinkType.VERIFIED_BY, "T-1");

        LinkReview review = suspects.review(link, "u-qa", "T-1 still covers the changed wording");

        assertThat(review.reviewerKey()).isEqualTo("u-qa");
        assertThat(review.reviewedAt()).isEqualTo(NOW);
        assertThat(review.reason()).isEqualTo("T-1 still covers the changed wording");
        assertThat(review.cleared().changedItemId()).isEqualTo("SRS-1");
        assertThat(suspects.isSuspect(link)).isFalse();
        assertThat(suspects.suspectLinks()).containsExactly(
                new TraceLink("SRS-1", LinkType.IMPLEMENTED_BY, "SW-DOSE"),
                new TraceLink("SW-DOSE", LinkType.VERIFIED_BY, "IT-1"));
    }

    @Test
    void aRefusedReviewChangesNothing() {
        TraceGraph graph = cleanGraph();
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        TraceItem before = graph.require("SRS-1");
        suspects.onChange(graph, before, before.withTitle("Changed"), "u-author");
        TraceLink link = new TraceLink("SRS-1", LinkType.VERIFIED_BY, "T-1");

        assertThatThrownBy(() -> suspects.review(link, "u-qa", " ")).isInstanceOfSatisfying(
                TraceRefusedException.class, e -> assertThat(e.refusal()).isEqualTo(TraceRefusal.MISSING_VALUE));
        assertThatThrownBy(() -> suspects.review(new TraceLink("SRS-2", LinkType.VERIFIED_BY, "T-2"), "u-qa", "ok"))
                .isInstanceOfSatisfying(TraceRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(TraceRefusal.LINK_NOT_SUSPECT));
        assertThat(suspects.isSuspect(link)).isTrue();
        assertThat(suspects.count()).isEqualTo(3);
    }

    @Test
    void anAlreadySuspectLinkKeepsItsFirstMark() {
        TraceGraph graph = cleanGraph();
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        TraceItem v1 = graph.require("SRS-1");
        TraceItem v2 = v1.withTitle("Second");
        TraceItem v3 = v2.withTitle("Third");
        List<SuspectMark> first = suspects.onChange(graph, v1, v2, "a");
        assertThat(suspects.onChange(graph, v2, v3, "b")).isEmpty();
        assertThat(suspects.marks().toList()).containsExactlyElementsOf(first);
    }

    @Test
    void aChangeMustKeepIdAndRole() {
        TraceGraph graph = cleanGraph();
        SuspectLinks suspects = new SuspectLinks(CLOCK);
        assertThatThrownBy(() -> suspects.onChange(graph, graph.require("SRS-1"), graph.require("SRS-2"), "u"))
                .isInstanceOf(TraceRefusedException.class);
        assertThat(suspects.count()).isZero();
    }

    @Test
    void marksLoadedFromTheStoreAreKeptAndAForgottenLinkIsNoLongerSuspect() {
        TraceLink link = new TraceLink("SRS-1", LinkType.VERIFIED_BY, "T-1");
        SuspectMark mark = new SuspectMark(link, "SYS-1", "u", NOW, "1".repeat(64), "2".repeat(64));
        SuspectLinks suspects = new SuspectLinks(CLOCK, List.of(mark));
        assertThat(suspects.mark(link)).contains(mark);
        assertThat(suspects.forget(link)).contains(mark);
        assertThat(suspects.isSuspect(link)).isFalse();
    }
}
