package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.document.LifecycleFixtures.DOC;
import static org.eqms.document.LifecycleFixtures.NOW;
import static org.eqms.document.TrainingAcknowledgement.READ_AND_UNDERSTOOD;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class TrainingCompletionTest {
    private static final Map<String, Set<String>> GROUPS = Map.of("operators", Set.of("op1", "op2"));
    private static final GroupRoster ROSTER = g -> GROUPS.getOrDefault(g, Set.of());
    private static final TrainingAudience AUDIENCE = new TrainingAudience(Set.of("named"), Set.of("operators"));
    /** Revision A, effective at NOW. */
    private static final Revision EFFECTIVE_A = LifecycleFixtures.revisionIn(DocumentState.EFFECTIVE);

    private static TrainingAcknowledgement ack(String id, String user, String revision, String meaning, int seconds) {
        return new TrainingAcknowledgement(id, user, DOC, revision, meaning, NOW.plusSeconds(seconds));
    }

    static Stream<Arguments> completions() {
        return Stream.of(
                Arguments.of("nobody yet", List.of(), Set.of(), Set.of("named", "op1", "op2")),
                Arguments.of("everyone", List.of(ack("1", "named", "A", READ_AND_UNDERSTOOD, 1),
                        ack("2", "op1", "A", READ_AND_UNDERSTOOD, 2), ack("3", "op2", "A", READ_AND_UNDERSTOOD, 3)),
                        Set.of("named", "op1", "op2"), Set.of()),
                Arguments.of("older revision does not count", List.of(ack("1", "op1", "0", READ_AND_UNDERSTOOD, 1)),
                        Set.of(), Set.of("named", "op1", "op2")),
                Arguments.of("other document does not count", List.of(new TrainingAcknowledgement("1", "op1", "other",
                        "A", READ_AND_UNDERSTOOD, NOW.plusSeconds(1))), Set.of(), Set.of("named", "op1", "op2")),
                Arguments.of("other meaning does not count", List.of(ack("1", "op1", "A", "Approved", 1)),
                        Set.of(), Set.of("named", "op1", "op2")),
                Arguments.of("before it became effective does not count",
                        List.of(ack("1", "op1", "A", READ_AND_UNDERSTOOD, -1)), Set.of(), Set.of("named", "op1", "op2")),
                Arguments.of("someone outside the audience is ignored",
                        List.of(ack("1", "visitor", "A", READ_AND_UNDERSTOOD, 1)), Set.of(),
                        Set.of("named", "op1", "op2")),
                Arguments.of("named reader and one group member",
                        List.of(ack("1", "named", "A", READ_AND_UNDERSTOOD, 1), ack("2", "op2", "A", READ_AND_UNDERSTOOD, 0),
                                ack("3", "op2", "A", READ_AND_UNDERSTOOD, 9)),
                        Set.of("named", "op2"), Set.of("op1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completions")
    void whoHasAndHasNotAcknowledgedTheRevision(String why, List<TrainingAcknowledgement> acks, Set<String> done,
                                                Set<String> pending) {
        TrainingCompletion c = TrainingCompletion.of(EFFECTIVE_A, AUDIENCE, ROSTER, acks);
        assertThat(c.required()).containsExactly("named", "op1", "op2");
        assertThat(c.acknowledged().keySet()).isEqualTo(done);
        assertThat(c.pending()).isEqualTo(pending);
        assertThat(c.isComplete()).isEqualTo(pending.isEmpty());
    }

    @Test
    void theFirstAcknowledgementOfAUserIsTheOneListed() {
        TrainingCompletion c = TrainingCompletion.of(EFFECTIVE_A, AUDIENCE, ROSTER, List.of(
                ack("late", "op1", "A", READ_AND_UNDERSTOOD, 50), ack("early", "op1", "A", READ_AND_UNDERSTOOD, 5)));
        assertThat(c.acknowledged().get("op1").signatureId()).isEqualTo("early");
    }

    @Test
    void noAudienceMeansNothingToComplete() {
        TrainingCompletion c = TrainingCompletion.of(EFFECTIVE_A, TrainingAudience.NONE, ROSTER, List.of());
        assertThat(c.required()).isEmpty();
        assertThat(c.isComplete()).isTrue();
    }

    @Test
    void onlyAReaderInTheAudienceWhoHasNotYetAcknowledgedMayAcknowledgeTheEffectiveRevision() {
        TrainingCompletion c = TrainingCompletion.of(EFFECTIVE_A, AUDIENCE, ROSTER,
                List.of(ack("1", "op1", "A", READ_AND_UNDERSTOOD, 1)));
        assertThat(c.refusalFor("op2")).isEmpty();
        assertThat(c.refusalFor("op1")).hasValueSatisfying(m -> assertThat(m).contains("already acknowledged"));
        assertThat(c.refusalFor("visitor")).hasValueSatisfying(m -> assertThat(m).contains("not among"));
    }

    @ParameterizedTest
    @EnumSource(value = DocumentState.class, names = "EFFECTIVE", mode = EnumSource.Mode.EXCLUDE)
    void aRevisionThatIsNotEffectiveCannotBeAcknowledged(DocumentState state) {
        TrainingCompletion c = TrainingCompletion.of(LifecycleFixtures.revisionIn(state), AUDIENCE, ROSTER, List.of());
        assertThat(c.refusalFor("op1")).hasValueSatisfying(m -> assertThat(m).contains("only the effective revision"));
    }
}
