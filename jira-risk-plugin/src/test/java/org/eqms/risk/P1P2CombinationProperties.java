package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.eqms.compliance.Clause;

/** Properties of the P1 × P2 rule over its whole input space (jqwik runs as its own engine). */
@Clause("ISO14971-5.5")
class P1P2CombinationProperties {

    private static final ProbabilityScale SCALE = ProbabilityScale.defaultScale();

    @Property
    void qualitativePNeverExceedsTheLesserOfP1AndP2(@ForAll @IntRange(min = 2, max = 10) int levels,
                                                    @ForAll @IntRange(min = 1, max = 10) int a,
                                                    @ForAll @IntRange(min = 1, max = 10) int b) {
        int p1 = 1 + (a - 1) % levels;
        int p2 = 1 + (b - 1) % levels;
        int p = P1P2Combination.combineLevels(levels, p1, p2);
        assertThat(p).isBetween(1, Math.min(p1, p2));
        assertThat(p).isEqualTo(P1P2Combination.combineLevels(levels, p2, p1));
    }

    @Property
    void qualitativePRisesWithP1AndWithP2(@ForAll @IntRange(min = 2, max = 10) int levels,
                                          @ForAll @IntRange(min = 1, max = 10) int a,
                                          @ForAll @IntRange(min = 1, max = 10) int b) {
        int p1 = 1 + (a - 1) % (levels - 1);
        int p2 = 1 + (b - 1) % (levels - 1);
        int p = P1P2Combination.combineLevels(levels, p1, p2);
        assertThat(P1P2Combination.combineLevels(levels, p1 + 1, p2)).isGreaterThanOrEqualTo(p);
        assertThat(P1P2Combination.combineLevels(levels, p1, p2 + 1)).isGreaterThanOrEqualTo(p);
    }

    @Property
    void aCertainP2LeavesP1Unchanged(@ForAll @IntRange(min = 2, max = 10) int levels,
                                     @ForAll @IntRange(min = 1, max = 10) int a) {
        int p1 = 1 + (a - 1) % levels;
        assertThat(P1P2Combination.combineLevels(levels, p1, levels)).isEqualTo(p1);
    }

    @Property
    void quantitativePNeverExceedsEitherFactorNorItsLevelTheLesserLevel(
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long p1,
            @ForAll @LongRange(min = 0, max = 1_000_000_000L) long p2) {
        ProbabilityEstimate e = P1P2Combination.quantitative(SCALE, p1, p2);
        assertThat(e.pPpb()).isLessThanOrEqualTo(Math.min(p1, p2));
        assertThat(e.p()).isLessThanOrEqualTo(Math.min(e.p1(), e.p2()));
    }

    @Property
    void quantitativePRisesWithEachFactor(@ForAll @LongRange(min = 0, max = 999_999_999L) long p1,
                                          @ForAll @LongRange(min = 0, max = 1_000_000_000L) long p2,
                                          @ForAll @LongRange(min = 1, max = 1_000_000L) long step) {
        long higher = Math.min(1_000_000_000L, p1 + step);
        ProbabilityEstimate base = P1P2Combination.quantitative(SCALE, p1, p2);
        ProbabilityEstimate raised = P1P2Combination.quantitative(SCALE, higher, p2);
        assertThat(raised.pPpb()).isGreaterThanOrEqualTo(base.pPpb());
        assertThat(raised.p()).isGreaterThanOrEqualTo(base.p());
    }
}
