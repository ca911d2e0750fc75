package org.eqms.risk;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A risk control measure (ISO 14971 §7.1–7.5): what it is, which §7.1 option it is, why a higher option was not
 * practicable (when a lower one was chosen; see {@link ControlOptionOrder}), the tests that verify its implementation
 * and effectiveness (§7.2), the review of new hazards it introduces (§7.5; {@code null} until done), and the
 * Confluence controlled documents that implement it (an SOP, a work instruction…) by document number.
 *
 * @param id                        id within the risk; not blank
 * @param description               the measure; not blank
 * @param option                    its §7.1 option
 * @param notPracticableJustification why the higher options are not practicable; {@code null} or blank if none given
 * @param verifications             the linked verification items; at most one per (item id, purpose)
 * @param newHazards                the §7.5 review, or {@code null} if not yet done
 * @param documentReferences        numbers of controlled documents ({@link ControlledDocumentNumber}), each once,
 *                                  in the order given
 */
public record RiskControl(String id, String description, ControlOption option, String notPracticableJustification,
                          List<VerificationLink> verifications, NewHazardsReview newHazards,
                          List<String> documentReferences) {

    public RiskControl {
        Require.text(id, "The control id", "Give the risk control an id.");
        Require.text(description, "The description of control " + id, "Describe the control measure.");
        Require.present(option, "The §7.1 option of control " + id, "Choose inherent safety by design, protective "
                + "measure or information for safety.");
        if (Require.isBlank(notPracticableJustification)) {
            notPracticableJustification = null;
        }
        verifications = Require.list(verifications);
        for (int i = 0; i < verifications.size(); i++) {
            for (int j = i + 1; j < verifications.size(); j++) {
                if (sameItem(verifications.get(i), verifications.get(j))) {
                    throw new RiskRefusedException(RiskRefusal.DUPLICATE_ID, "Verification item "
                            + verifications.get(i).itemId() + " is linked twice for "
                            + verifications.get(i).purpose().name().toLowerCase(Locale.ROOT) + " of control " + id + ".",
                            "Update the status of the existing link instead.");
                }
            }
        }
        documentReferences = List.copyOf(new LinkedHashSet<>(Require.list(documentReferences).stream()
                .map(ControlledDocumentNumber::require).toList()));
    }

    /** A control that references no controlled document. */
    public RiskControl(String id, String description, ControlOption option, String notPracticableJustification,
                       List<VerificationLink> verifications, NewHazardsReview newHazards) {
        this(id, description, option, notPracticableJustification, verifications, newHazards, List.of());
    }

    /** A new control with no verification and no §7.5 review yet. */
    public static RiskControl of(String id, String description, ControlOption option, String justification) {
        return new RiskControl(id, description, option, justification, List.of(), null, List.of());
    }

    /** A new control implemented by the given controlled documents, with no verification and no §7.5 review yet. */
    public static RiskControl of(String id, String description, ControlOption option, String justification,
                                 List<String> documentReferences) {
        return new RiskControl(id, description, option, justification, List.of(), null, documentReferences);
    }

    public Optional<String> justification() {
        return Optional.ofNullable(notPracticableJustification);
    }

    /** Whether the §7.5 review of new hazards was done. */
    public boolean newHazardsConsidered() {
        return newHazards != null;
    }

    /** This control with the link added, or, when the item is already linked for that purpose, its status updated. */
    public RiskControl withVerification(VerificationLink link) {
        Require.present(link, "The verification link", "Give the test id, purpose and status.");
        List<VerificationLink> next = new ArrayList<>(verifications);
        next.removeIf(v -> sameItem(v, link));
        next.add(link);
        return new RiskControl(id, description, option, notPracticableJustification, next, newHazards,
                documentReferences);
    }

    /** This control implemented by the given controlled documents instead of those it named. */
    public RiskControl withDocumentReferences(List<String> references) {
        return new RiskControl(id, description, option, notPracticableJustification, verifications, newHazards,
                references);
    }

    /** This control with its §7.5 review recorded. */
    public RiskControl withNewHazardsReview(NewHazardsReview review) {
        Require.present(review, "The new-hazards review", "Record which hazards the control introduces, if any.");
        return new RiskControl(id, description, option, notPracticableJustification, verifications, review,
                documentReferences);
    }

    private static boolean sameItem(VerificationLink a, VerificationLink b) {
        return a.itemId().equals(b.itemId()) && a.purpose() == b.purpose();
    }
}
