package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@Clause("21CFR11.70")
class SignatureInvalidationTest {
    private static final Instant T = Instant.parse("2026-11-23T06:00:00.000Z");
    private static final String H1 = "1".repeat(64);
    private static final String H2 = "2".repeat(64);
    private static final String H3 = "3".repeat(64);

    private static Approval on(String id, String hash) {
        return Approval.of(id, "u-" + id, "Approved", "qa", T, hash);
    }

    static Stream<Arguments> contentChanges() {
        return Stream.of(
                Arguments.of("nothing collected", List.of(), H2, List.of()),
                Arguments.of("all on old content", List.of(on("a", H1), on("b", H1)), H2, List.of("a", "b")),
                Arguments.of("already invalidated ones are not listed again",
                        List.of(on("a", H1).invalidate(), on("b", H1)), H2, List.of("b")),
                Arguments.of("approvals already on the new content stay valid",
                        List.of(on("a", H1), on("b", H2)), H2, List.of("a")),
                Arguments.of("approvals of any other content go", List.of(on("a", H1), on("b", H3)), H2,
                        List.of("a", "b")),
                Arguments.of("content reverted: invalidated stays invalidated",
                        List.of(on("a", H1).invalidate()), H1, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contentChanges")
    void aContentChangeInvalidatesEveryApprovalOfOtherContentAndKeepsThemAll(String why, List<Approval> before,
                                                                             String newHash, List<String> invalidated) {
        SignatureInvalidation.Outcome out = SignatureInvalidation.onContentChange(before, newHash);

        assertThat(out.invalidatedIds()).containsExactlyElementsOf(invalidated);
        assertThat(out.approvals()).extracting(Approval::signatureId)
                .containsExactlyElementsOf(before.stream().map(Approval::signatureId).toList());
        assertThat(out.approvals()).allMatch(a -> a.invalidated() || a.contentHash().equals(newHash));
        assertThat(out.approvals()).filteredOn(Approval::invalidated).extracting(Approval::signatureId)
                .containsAll(invalidated);
        assertThat(out.invalidatedAny()).isEqualTo(!invalidated.isEmpty());
    }

    static Stream<Arguments> raceRule() {
        return Stream.of(
                Arguments.of(on("a", H1), H1, true),
                Arguments.of(on("a", H1), H2, false),
                Arguments.of(on("a", H1).invalidate(), H1, false),
                Arguments.of(on("a", H2).invalidate(), H1, false));
    }

    @ParameterizedTest(name = "{0} for current {1}: counts {2}")
    @MethodSource("raceRule")
    void onlyAValidApprovalOfTheCurrentContentMayCount(Approval approval, String current, boolean counts) {
        assertThat(SignatureInvalidation.mayCount(approval, current)).isEqualTo(counts);
    }

    @Test
    void theEndOfAReviewRoundInvalidatesEveryValidApproval() {
        SignatureInvalidation.Outcome out = SignatureInvalidation.endOfReviewRound(
                List.of(on("a", H1), on("b", H1).invalidate(), on("c", H2)));
        assertThat(out.invalidatedIds()).containsExactly("a", "c");
        assertThat(out.approvals()).allMatch(Approval::invalidated);
    }
}
