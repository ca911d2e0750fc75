package org.eqms.risk;

import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Risk controls reference Confluence controlled documents by number, in the shape the Confluence app issues. */
class ControlledDocumentNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"SOP-0001", "WI-0012", "WI/QA-012.A", "0001", "doc_7", "ABCDEFGHIJKLMNOPQRSTUVWXYZ-123"})
    void numbersOfAnyConfluenceNumberFormatAreAccepted(String number) {
        assertThat(ControlledDocumentNumber.isValid(number)).isTrue();
        assertThat(ControlledDocumentNumber.require(number)).isEqualTo(number);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"SOP-", "SOP 0001", " SOP-0001", "SOP-0001 ", "SÖP-0001", "SOP-{0000}", "SOP#1",
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ-1234"})
    void anythingElseIsRefusedWithAHint(String number) {
        assertThat(ControlledDocumentNumber.isValid(number)).isFalse();
        assertThatThrownBy(() -> ControlledDocumentNumber.require(number)).isInstanceOfSatisfying(
                RiskRefusedException.class, e -> {
                    assertThat(e.refusal()).isEqualTo(RiskRefusal.INVALID_DOCUMENT_NUMBER);
                    assertThat(e.httpStatus()).isEqualTo(400);
                    assertThat(e.hint()).contains("SOP-0001");
                });
    }

    @Test
    @Clause("ISO13485-4.2.4")
    void aControlKeepsEachReferenceOnceInOrderThroughVerificationAndReview() {
        RiskControl control = RiskControl.of("C-1", "Sterile handling", ControlOption.PROTECTIVE_MEASURE, "x",
                List.of("SOP-0002", "WI-0012", "SOP-0002"));
        assertThat(control.documentReferences()).containsExactly("SOP-0002", "WI-0012");
        RiskControl verified = control.withVerification(new VerificationLink("T-1", VerificationPurpose.IMPLEMENTATION,
                VerificationStatus.PASSED)).withNewHazardsReview(new NewHazardsReview(List.of(), "none"));
        assertThat(verified.documentReferences()).containsExactly("SOP-0002", "WI-0012");
        assertThat(RiskControl.of("C-2", "d", ControlOption.INHERENT_SAFETY_BY_DESIGN, null).documentReferences())
                .isEmpty();
        assertThatThrownBy(() -> RiskControl.of("C-3", "d", ControlOption.INHERENT_SAFETY_BY_DESIGN, null,
                List.of("SOP-0001", "see the SOP"))).isInstanceOf(RiskRefusedException.class);
    }
}
