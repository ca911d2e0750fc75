package org.eqms.risk;

import java.util.List;

/**
 * The record that a risk control was reviewed for new hazards or hazardous situations it introduces, and for effects
 * on risks already estimated (ISO 14971 §7.5). An empty list of introduced hazards means "considered: none". Each
 * introduced hazard needs its own analysis; {@link CompletenessCheck} reports any that has none.
 *
 * @param introducedHazardIds the hazards the control introduces (ids of project hazards); may be empty
 * @param note                what was considered; not blank
 */
public record NewHazardsReview(List<String> introducedHazardIds, String note) {

    public NewHazardsReview {
        introducedHazardIds = Require.texts(introducedHazardIds, "An introduced hazard id",
                "Name each hazard the control introduces by its id.");
        Require.text(note, "The note of the new-hazards review", "Say what was considered (§7.5).");
    }

    /** Considered, and the control introduces no new hazard. */
    public static NewHazardsReview noneIntroduced(String note) {
        return new NewHazardsReview(List.of(), note);
    }
}
