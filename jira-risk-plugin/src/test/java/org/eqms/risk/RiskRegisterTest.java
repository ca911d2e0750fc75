package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.risk.RiskFixtures.POLICY;
import static org.eqms.risk.RiskFixtures.PROJECT;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register and its report queries over the repository ports, and §10 post-production re-evaluation. */
class RiskRegisterTest {

    private final RiskFixtures.InMemoryStore store = new RiskFixtures.InMemoryStore();
    private final RiskRegister register = new RiskRegister(store, store);

    @BeforeEach
    void analysedProject() {
        store.saveSituation(PROJECT, RiskFixtures.SITUATION);
        store.saveSituation(PROJECT, new HazardousSituation("HS-2", "HZ-2", List.of("Cable worn"), "User trips"));
        store.save(RiskFixtures.controlledAcceptableRisk().withFmea(new FmeaRating(9, 4, 1)));
        store.save(RiskRecord.analysed("R-3", PROJECT, RiskFixtures.SITUATION, new Harm("Burn"),
                RiskFixtures.estimate(4, 5, 3)));
        store.save(RiskRecord.analysed("R-X", "OTHER", RiskFixtures.SITUATION, new Harm("Other"), null));
    }

    @Test
    void theRegisterStreamsOneRowPerRiskOfTheProject() {
        try (Stream<RiskRegisterRow> rows = register.rows(PROJECT, POLICY)) {
            List<RiskRegisterRow> list = rows.toList();
            assertThat(list).extracting(RiskRegisterRow::riskId).containsExactly("R-1", "R-3");
            RiskRegisterRow r1 = list.get(0);
            assertThat(r1.initialAcceptability()).isEqualTo(Acceptability.UNACCEPTABLE);
            assertThat(r1.residualAcceptability()).isEqualTo(Acceptability.ACCEPTABLE);
            assertThat(r1.controls()).isEqualTo(1);
            assertThat(r1.controlsVerified()).isEqualTo(1);
            assertThat(r1.rpn()).isEqualTo(36);
            assertThat(list.get(1).residualAcceptability()).isNull();
        }
        assertThat(store.closed.get()).isEqualTo(store.opened.get());
    }

    @Test
    @Clause("ISO14971-7.6")
    void theGapListNamesUncoveredSituationsAndEachRisksGapsWithAReason() {
        try (Stream<CompletenessGap> gaps = register.gaps(PROJECT, POLICY)) {
            assertThat(gaps.toList()).extracting(CompletenessGap::subjectId, CompletenessGap::reason).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("HS-2", GapReason.SITUATION_NOT_ANALYSED),
                    org.assertj.core.groups.Tuple.tuple("R-3", GapReason.NO_CONTROL));
        }
        assertThat(store.closed.get()).isEqualTo(store.opened.get());
    }

    @Test
    void theSummaryCountsRisksAndGaps() {
        RiskSummary summary = register.summarize(PROJECT, POLICY);
        assertThat(summary.risks()).isEqualTo(2);
        assertThat(summary.acceptable()).isEqualTo(1);
        assertThat(summary.alarp()).isEqualTo(1);
        assertThat(summary.gaps()).isEqualTo(2);
        assertThat(store.closed.get()).isEqualTo(store.opened.get());
    }

    @Test
    void theFmeaViewListsTheRatedRisksOnly() {
        try (Stream<FmeaLine> lines = register.fmea(PROJECT)) {
            assertThat(lines.toList()).extracting(FmeaLine::riskId, FmeaLine::priority)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("R-1", ActionPriority.MEDIUM));
        }
    }

    @Test
    @Clause("ISO14971-10.4")
    void aComplaintLinkedToAHazardFlagsItsRisksForReEvaluationUntilReEvaluated() {
        ProductionInformation complaint = new ProductionInformation("CMP-12", InformationSource.COMPLAINT,
                "Shock reported by a nurse", List.of("HZ-1"), Instant.parse("2026-11-01T00:00:00Z"));
        List<RiskRecord> flagged = new PostProductionReevaluation(store).record(PROJECT, complaint);
        assertThat(flagged).extracting(RiskRecord::id).containsExactly("R-1", "R-3");
        assertThat(store.find(PROJECT, "R-1").orElseThrow().reevaluationReasons())
                .containsExactly("COMPLAINT CMP-12: Shock reported by a nurse");
        assertThat(store.find("OTHER", "R-X").orElseThrow().flaggedForReevaluation()).isFalse();
        try (Stream<CompletenessGap> gaps = register.gaps(PROJECT, POLICY)) {
            assertThat(gaps.filter(g -> g.reason() == GapReason.REEVALUATION_PENDING).map(CompletenessGap::subjectId))
                    .containsExactly("R-1", "R-3");
        }
        assertThat(store.closed.get()).isEqualTo(store.opened.get());
    }

    @Test
    @Clause("ISO14971-10.4")
    void informationLinkedToNoHazardIsRefused() {
        assertThatThrownBy(() -> new ProductionInformation("CAPA-1", InformationSource.CAPA, "s", List.of(),
                Instant.EPOCH)).isInstanceOfSatisfying(RiskRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(RiskRefusal.MISSING_VALUE);
                    assertThat(e.hint()).contains("add the hazard first");
                });
    }

    @Test
    void risksOfUnrelatedHazardsAreNotFlagged() {
        ProductionInformation capa = new ProductionInformation("CAPA-2", InformationSource.CAPA, "Label fades",
                List.of("HZ-7"), Instant.EPOCH);
        assertThat(PostProductionReevaluation.flag(capa, Stream.of(RiskFixtures.unacceptableRisk()))).isEmpty();
    }
}
