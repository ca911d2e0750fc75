package org.eqms.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * ISO 14971 §10.4: when production or post-production information bears on a hazard, the risks of that hazard are
 * re-evaluated. Recording the information flags each such risk with the information's reason; the flag is a §7.6 gap
 * ({@link GapReason#REEVALUATION_PENDING}) until {@link RiskRecord#reevaluated()} clears it.
 */
public final class PostProductionReevaluation {

    private final RiskRepository risks;

    public PostProductionReevaluation(RiskRepository risks) {
        this.risks = Objects.requireNonNull(risks, "risks");
    }

    /** The rule on given risks: those of the information's hazards, flagged (others are left out). */
    public static List<RiskRecord> flag(ProductionInformation information, Stream<RiskRecord> candidates) {
        Objects.requireNonNull(information, "information");
        return candidates.filter(r -> information.hazardIds().contains(r.hazardId()))
                .map(r -> r.flagForReevaluation(information.reason()))
                .toList();
    }

    /** Flag and save every risk of the project linked to the information's hazards; returns the flagged risks. */
    public List<RiskRecord> record(String projectKey, ProductionInformation information) {
        Require.text(projectKey, "The project", "Name the project.");
        Objects.requireNonNull(information, "information");
        List<RiskRecord> flagged = new ArrayList<>();
        for (String hazard : information.hazardIds()) {
            try (Stream<RiskRecord> ofHazard = risks.streamByHazard(projectKey, hazard)) {
                flagged.addAll(flag(information, ofHazard));
            }
        }
        flagged.forEach(risks::save);
        return flagged;
    }
}
