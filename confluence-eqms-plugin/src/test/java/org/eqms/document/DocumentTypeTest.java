package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DocumentTypeTest {

    private static final DocumentNumberFormat SOP_FORMAT = DocumentNumberFormat.of("SOP-{0000}");

    static DocumentType sop() {
        return new DocumentType("SOP", "Standard Operating Procedure", SOP_FORMAT, RevisionScheme.LETTERS,
                Period.ofMonths(24), true, "two-step-qa");
    }

    @Test
    void holdsAValidConfiguration() {
        DocumentType type = sop();
        assertThat(type.key()).isEqualTo("SOP");
        assertThat(type.name()).isEqualTo("Standard Operating Procedure");
        assertThat(type.numberFormat()).isEqualTo(SOP_FORMAT);
        assertThat(type.revisionScheme()).isEqualTo(RevisionScheme.LETTERS);
        assertThat(type.reviewInterval()).isEqualTo(Period.ofYears(2));
        assertThat(type.periodicReview()).contains(Period.ofYears(2));
        assertThat(type.trainingRequired()).isTrue();
        assertThat(type.approvalRuleKey()).isEqualTo("two-step-qa");
    }

    @Test
    void aTypeWithoutReviewIntervalHasNoPeriodicReview() {
        DocumentType type = new DocumentType("WI", "Work instruction", DocumentNumberFormat.of("WI-{000}"),
                RevisionScheme.MAJOR_MINOR_NUMERIC, null, false, "single-approver");
        assertThat(type.reviewInterval()).isNull();
        assertThat(type.periodicReview()).isEmpty();
    }

    @Test
    void reviewIntervalsAreNormalizedSoEqualIntervalsMakeEqualTypes() {
        DocumentType months = new DocumentType("SOP", "Standard Operating Procedure", SOP_FORMAT,
                RevisionScheme.LETTERS, Period.of(1, 12, 0), true, "two-step-qa");
        assertThat(months).isEqualTo(sop());
    }

    @Test
    void changingTheNumberFormatKeepsEverythingElse() {
        DocumentType wider = sop().withNumberFormat(DocumentNumberFormat.of("SOP-{00000}"));
        assertThat(wider.numberFormat().width()).isEqualTo(5);
        assertThat(wider).usingRecursiveComparison().ignoringFields("numberFormat").isEqualTo(sop());
    }

    static Stream<Arguments> invalidTypes() {
        DocumentNumberFormat f = SOP_FORMAT;
        RevisionScheme r = RevisionScheme.LETTERS;
        Period p = Period.ofMonths(12);
        String n = "Standard Operating Procedure";
        return Stream.of(
                Arguments.of("null key", (Runnable) () -> new DocumentType(null, n, f, r, p, false, "q"), "key"),
                Arguments.of("empty key", (Runnable) () -> new DocumentType("", n, f, r, p, false, "q"), "key"),
                Arguments.of("key starts with a digit",
                        (Runnable) () -> new DocumentType("1SOP", n, f, r, p, false, "q"), "key"),
                Arguments.of("key with a space", (Runnable) () -> new DocumentType("S OP", n, f, r, p, false, "q"),
                        "key"),
                Arguments.of("key of 33 characters",
                        (Runnable) () -> new DocumentType("K".repeat(33), n, f, r, p, false, "q"), "key"),
                Arguments.of("null name", (Runnable) () -> new DocumentType("SOP", null, f, r, p, false, "q"),
                        "no name"),
                Arguments.of("blank name", (Runnable) () -> new DocumentType("SOP", "  ", f, r, p, false, "q"),
                        "no name"),
                Arguments.of("name of 256 characters",
                        (Runnable) () -> new DocumentType("SOP", "n".repeat(256), f, r, p, false, "q"), "256"),
                Arguments.of("no number format",
                        (Runnable) () -> new DocumentType("SOP", n, null, r, p, false, "q"), "number format"),
                Arguments.of("no revision scheme",
                        (Runnable) () -> new DocumentType("SOP", n, f, null, p, false, "q"), "revision scheme"),
                Arguments.of("review every 0 months",
                        (Runnable) () -> new DocumentType("SOP", n, f, r, Period.ZERO, false, "q"), "0 months"),
                Arguments.of("review every 61 months",
                        (Runnable) () -> new DocumentType("SOP", n, f, r, Period.ofMonths(61), false, "q"),
                        "61 months"),
                Arguments.of("review every 6 years",
                        (Runnable) () -> new DocumentType("SOP", n, f, r, Period.ofYears(6), false, "q"),
                        "72 months"),
                Arguments.of("review interval in days",
                        (Runnable) () -> new DocumentType("SOP", n, f, r, Period.ofDays(30), false, "q"), "days"),
                Arguments.of("negative review interval",
                        (Runnable) () -> new DocumentType("SOP", n, f, r, Period.ofMonths(-12), false, "q"),
                        "-12 months"),
                Arguments.of("no approval rule",
                        (Runnable) () -> new DocumentType("SOP", n, f, r, p, false, null), "approval rule"),
                Arguments.of("blank approval rule",
                        (Runnable) () -> new DocumentType("SOP", n, f, r, p, false, " "), "approval rule"));
    }

    @ParameterizedTest(name = "{0} is refused")
    @MethodSource("invalidTypes")
    void refusesInvalidConfigurationWithAHint(String description, Runnable create, String messagePart) {
        assertThatThrownBy(create::run)
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.getMessage()).contains(messagePart);
                    assertThat(e.hint()).isNotBlank();
                });
    }

    @ParameterizedTest(name = "key {0} is accepted")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"SOP", "wi", "QA_PLAN", "risk-report", "X",
        "K2345678901234567890123456789012"})
    void acceptsKeys(String key) {
        assertThat(new DocumentType(key, "A type", SOP_FORMAT, RevisionScheme.LETTERS, null, false, "q").key())
                .isEqualTo(key);
    }
}
