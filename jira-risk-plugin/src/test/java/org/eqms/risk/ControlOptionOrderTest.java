package org.eqms.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.risk.ControlOption.INFORMATION_FOR_SAFETY;
import static org.eqms.risk.ControlOption.INHERENT_SAFETY_BY_DESIGN;
import static org.eqms.risk.ControlOption.PROTECTIVE_MEASURE;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ISO 14971 §7.1: control options in priority order; a lower one only with a recorded justification. */
@Clause("ISO14971-7.1")
class ControlOptionOrderTest {

    @Test
    void theOptionsAreOrderedDesignThenProtectionThenInformation() {
        assertThat(ControlOption.values())
                .containsExactly(INHERENT_SAFETY_BY_DESIGN, PROTECTIVE_MEASURE, INFORMATION_FOR_SAFETY);
        assertThat(INHERENT_SAFETY_BY_DESIGN.higherThan(PROTECTIVE_MEASURE)).isTrue();
        assertThat(PROTECTIVE_MEASURE.higherThan(INFORMATION_FOR_SAFETY)).isTrue();
        assertThat(INFORMATION_FOR_SAFETY.higherThan(INHERENT_SAFETY_BY_DESIGN)).isFalse();
    }

    /** (options already used, candidate option, justification given?, permitted?) */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(List.of(), INHERENT_SAFETY_BY_DESIGN, false, true),
                Arguments.of(List.of(), PROTECTIVE_MEASURE, false, false),
                Arguments.of(List.of(), PROTECTIVE_MEASURE, true, true),
                Arguments.of(List.of(), INFORMATION_FOR_SAFETY, false, false),
                Arguments.of(List.of(), INFORMATION_FOR_SAFETY, true, true),
                Arguments.of(List.of(INHERENT_SAFETY_BY_DESIGN), PROTECTIVE_MEASURE, false, true),
                Arguments.of(List.of(INHERENT_SAFETY_BY_DESIGN), INFORMATION_FOR_SAFETY, false, false),
                Arguments.of(List.of(INHERENT_SAFETY_BY_DESIGN), INFORMATION_FOR_SAFETY, true, true),
                Arguments.of(List.of(PROTECTIVE_MEASURE), INFORMATION_FOR_SAFETY, false, false),
                Arguments.of(List.of(INHERENT_SAFETY_BY_DESIGN, PROTECTIVE_MEASURE), INFORMATION_FOR_SAFETY, false,
                        true),
                Arguments.of(List.of(INFORMATION_FOR_SAFETY), INHERENT_SAFETY_BY_DESIGN, false, true));
    }

    @ParameterizedTest(name = "used {0}, add {1}, justified {2} → permitted {3}")
    @MethodSource("cases")
    void aLowerOptionNeedsTheHigherOnesUsedOrAJustification(List<ControlOption> used, ControlOption candidate,
                                                            boolean justified, boolean permitted) {
        List<RiskControl> existing = new ArrayList<>();
        for (int i = 0; i < used.size(); i++) {
            existing.add(RiskControl.of("C" + i, "existing", used.get(i), "justified earlier"));
        }
        RiskControl control = RiskControl.of("NEW", "candidate", candidate,
                justified ? "A heating element cannot be designed out of a warmer" : null);
        assertThat(ControlOptionOrder.permits(existing, control)).isEqualTo(permitted);
    }

    @Test
    void aRefusedLowerOptionNamesTheSkippedHigherOptionsAndLeavesTheRiskUnchanged() {
        RiskRecord risk = RiskFixtures.unacceptableRisk();
        RiskControl warning = RiskControl.of("C-1", "Warning label", INFORMATION_FOR_SAFETY, "  ");
        assertThatThrownBy(() -> risk.withControl(warning)).isInstanceOfSatisfying(RiskRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(RiskRefusal.CONTROL_OPTION_ORDER);
            assertThat(e.code()).isEqualTo("control_option_order");
            assertThat(e.httpStatus()).isEqualTo(409);
            assertThat(e.getMessage()).contains(INHERENT_SAFETY_BY_DESIGN.title(), PROTECTIVE_MEASURE.title(), "§7.1");
            assertThat(e.hint()).contains("not practicable");
        });
        assertThat(risk.controls()).isEmpty();
    }

    @Test
    void theJustificationIsKeptWithTheControl() {
        RiskRecord risk = RiskFixtures.unacceptableRisk().withControl(
                RiskControl.of("C-1", "Warning label", INFORMATION_FOR_SAFETY, "No practicable design change"));
        assertThat(risk.control("C-1").orElseThrow().justification()).contains("No practicable design change");
        assertThat(ControlOptionOrder.skippedHigherOptions(List.of(), INFORMATION_FOR_SAFETY))
                .containsExactly(INHERENT_SAFETY_BY_DESIGN, PROTECTIVE_MEASURE);
    }
}
