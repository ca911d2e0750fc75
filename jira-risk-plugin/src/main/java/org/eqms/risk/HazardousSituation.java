package org.eqms.risk;

import java.util.List;

/**
 * A circumstance in which people, property or the environment are exposed to a hazard (ISO 14971 §3.5), reached by a
 * sequence or combination of events from the hazard (§5.4, Annex C Figure C.1). Harms follow from it; each
 * (hazardous situation, harm) pair is one {@link RiskRecord}.
 *
 * @param id               id within the project; not blank
 * @param hazardId         the hazard it exposes to; not blank
 * @param sequenceOfEvents the foreseeable sequence or combination of events, in order; at least one
 * @param description      the situation itself; not blank
 */
public record HazardousSituation(String id, String hazardId, List<String> sequenceOfEvents, String description) {

    public HazardousSituation {
        Require.text(id, "The hazardous situation id", "Give the hazardous situation an id.");
        Require.text(hazardId, "The hazard of hazardous situation " + id, "Link the situation to its hazard.");
        sequenceOfEvents = Require.texts(sequenceOfEvents, "An event of hazardous situation " + id,
                "Describe each event of the sequence.");
        if (sequenceOfEvents.isEmpty()) {
            throw new RiskRefusedException(RiskRefusal.MISSING_VALUE, "Hazardous situation " + id
                    + " has no sequence of events.", "Describe the events that lead from the hazard to the "
                    + "situation (§5.4).");
        }
        Require.text(description, "The description of hazardous situation " + id,
                "Describe who or what is exposed to the hazard, and how.");
    }
}
