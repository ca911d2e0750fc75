package org.eqms.risk;

import java.time.Instant;
import java.util.List;

/**
 * An item of production or post-production information (ISO 14971 §10.2) — a complaint, a CAPA, an adverse event… —
 * linked to the hazards it concerns. Reviewing it (§10.3) flags every risk of those hazards for re-evaluation
 * ({@link PostProductionReevaluation}).
 *
 * @param id        its id (e.g. the complaint or CAPA issue key); not blank
 * @param source    where it comes from
 * @param summary   what was reported; not blank
 * @param hazardIds the hazards it concerns; at least one
 * @param receivedAt when it was received
 */
public record ProductionInformation(String id, InformationSource source, String summary, List<String> hazardIds,
                                    Instant receivedAt) {

    public ProductionInformation {
        Require.text(id, "The information id", "Give the complaint or CAPA id.");
        Require.present(source, "The source of information " + id, "Say whether it is a complaint, a CAPA…");
        Require.text(summary, "The summary of information " + id, "Summarize what was reported.");
        hazardIds = Require.texts(hazardIds, "A hazard id", "Name the hazards by id.");
        if (hazardIds.isEmpty()) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "Information " + id + " is linked to no "
                    + "hazard.", "Link it to the hazards it concerns; if it reveals a new hazard, add the hazard "
                    + "first.");
        }
        Require.present(receivedAt, "The time information " + id + " was received", "Give the date received.");
    }

    /** The reason recorded on each flagged risk, e.g. {@code COMPLAINT CMP-12: Burn reported}. */
    public String reason() {
        return source.name() + " " + id + ": " + summary;
    }
}
