package org.eqms.risk;

import java.util.Iterator;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The risk register of a project and its report queries: the rows, the FMEA view, the §7.6 gap list and the summary.
 * Every query streams from the repositories (DESIGN §4: large reads stream); returned streams hold repository
 * streams and must be closed by the caller (try-with-resources).
 */
public final class RiskRegister {

    private final RiskRepository risks;
    private final HazardRepository hazards;

    public RiskRegister(RiskRepository risks, HazardRepository hazards) {
        this.risks = Objects.requireNonNull(risks, "risks");
        this.hazards = Objects.requireNonNull(hazards, "hazards");
    }

    /** The register rows, evaluated under the policy. */
    public Stream<RiskRegisterRow> rows(String projectKey, RiskAcceptabilityPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        return risks.stream(projectKey).map(r -> RiskRegisterRow.of(r, policy));
    }

    /** The FMEA view: the rated risks only. */
    public Stream<FmeaLine> fmea(String projectKey) {
        return risks.stream(projectKey).filter(r -> r.fmea() != null).map(FmeaLine::of);
    }

    /**
     * The §7.6 gap list: first the hazardous situations without any risk, then each risk's gaps; empty when risk
     * control is complete.
     */
    public Stream<CompletenessGap> gaps(String projectKey, RiskAcceptabilityPolicy policy) {
        CompletenessCheck check = new CompletenessCheck(policy);
        Stream<CompletenessGap> uncovered = check.uncoveredSituations(hazards.situations(projectKey),
                situation -> risks.anyForSituation(projectKey, situation));
        Stream<CompletenessGap> ofRisks = Stream.of(projectKey).flatMap(p -> check.gapsOf(risks.stream(p),
                hazard -> risks.anyForHazard(p, hazard)));
        return Stream.concat(uncovered, ofRisks);
    }

    /** Counts over the project's risks, with the number of gaps. */
    public RiskSummary summarize(String projectKey, RiskAcceptabilityPolicy policy) {
        RiskSummary summary = RiskSummary.empty();
        try (Stream<RiskRecord> all = risks.stream(projectKey)) {
            for (Iterator<RiskRecord> it = all.iterator(); it.hasNext(); ) {
                summary = summary.plus(it.next(), policy);
            }
        }
        try (Stream<CompletenessGap> gaps = gaps(projectKey, policy)) {
            return summary.withGaps(gaps.count());
        }
    }
}
