package org.eqms.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import org.eqms.compliance.Clause;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@Clause("ISO13485-4.2.4")
class PeriodicReviewTest {

    @ParameterizedTest(name = "effective {0} + {1} months is due {2}")
    @CsvSource({
        "2025-01-31, 1,  2025-02-28",
        "2024-01-31, 1,  2024-02-29",
        "2025-03-31, 1,  2025-04-30",
        "2025-01-30, 1,  2025-02-28",
        "2025-01-28, 1,  2025-02-28",
        "2025-08-31, 6,  2026-02-28",
        "2027-08-31, 6,  2028-02-29",
        "2024-02-29, 12, 2025-02-28",
        "2024-02-29, 48, 2028-02-29",
        "2100-02-28, 12, 2101-02-28",
        "2099-02-28, 12, 2100-02-28",
        "2025-06-15, 24, 2027-06-15",
        "2025-12-31, 60, 2030-12-31",
        "2025-12-31, 2,  2026-02-28",
    })
    void isDueOneIntervalAfterTheEffectiveDateClampedToMonthEnd(LocalDate effective, int months, LocalDate due) {
        assertThat(PeriodicReview.afterEffective(effective, Period.ofMonths(months)).dueDate()).isEqualTo(due);
    }

    @ParameterizedTest(name = "due {0}+{1}m, today {2}: overdue {3}")
    @CsvSource({
        "2025-01-31, 1, 2025-02-27, false",
        "2025-01-31, 1, 2025-02-28, false",
        "2025-01-31, 1, 2025-03-01, true",
        "2024-01-31, 1, 2024-02-29, false",
        "2024-01-31, 1, 2024-03-01, true",
        "2024-02-29, 12, 2025-02-28, false",
        "2024-02-29, 12, 2025-03-01, true",
        "2025-06-15, 12, 2024-01-01, false",
    })
    void isOverdueFromTheDayAfterTheDueDate(LocalDate effective, int months, LocalDate today, boolean overdue) {
        assertThat(PeriodicReview.afterEffective(effective, Period.ofMonths(months)).isOverdue(today))
                .isEqualTo(overdue);
    }

    @ParameterizedTest(name = "due {0}+{1}m, window {2} days, today {3}: remind {4}")
    @CsvSource({
        "2025-01-31, 1, 30, 2025-01-28, false",
        "2025-01-31, 1, 30, 2025-01-29, true",
        "2025-01-31, 1, 30, 2025-02-28, true",
        "2025-01-31, 1, 30, 2025-03-01, false",
        "2025-01-31, 1, 0,  2025-02-28, true",
        "2025-01-31, 1, 0,  2025-02-27, false",
        "2024-01-31, 1, 1,  2024-02-28, true",
        "2024-01-31, 1, 1,  2024-02-27, false",
    })
    void remindsWithinTheWindowBeforeTheDueDateButNotWhenOverdue(LocalDate effective, int months, int windowDays,
            LocalDate today, boolean remind) {
        assertThat(PeriodicReview.afterEffective(effective, Period.ofMonths(months))
                .dueWithin(Period.ofDays(windowDays), today)).isEqualTo(remind);
    }

    @Test
    void aMonthLongWindowIsCalendarAware() {
        PeriodicReview review = PeriodicReview.afterEffective(LocalDate.parse("2024-03-31"), Period.ofMonths(11));
        assertThat(review.dueDate()).isEqualTo(LocalDate.parse("2025-02-28"));
        assertThat(review.dueWithin(Period.ofMonths(1), LocalDate.parse("2025-01-28"))).isTrue();
        assertThat(review.dueWithin(Period.ofMonths(1), LocalDate.parse("2025-01-27"))).isFalse();
    }

    @ParameterizedTest(name = "effective {0}, confirmed unchanged {1}: next due {2}")
    @CsvSource({
        "2024-01-15, 2025-01-15, 2026-01-15",
        "2024-01-15, 2024-11-30, 2025-11-30",
        "2024-01-15, 2025-04-02, 2026-04-02",
        "2023-02-28, 2024-02-29, 2025-02-28",
        "2024-01-15, 2024-01-15, 2025-01-15",
    })
    void reviewWithoutChangeRestartsTheIntervalFromTheConfirmationDate(LocalDate effective, LocalDate confirmed,
            LocalDate nextDue) {
        PeriodicReview review = PeriodicReview.afterEffective(effective, Period.ofYears(1));
        PeriodicReview next = review.confirmedWithoutChange(confirmed);
        assertThat(next.basis()).isEqualTo(confirmed);
        assertThat(next.dueDate()).isEqualTo(nextDue);
        assertThat(next.interval()).isEqualTo(review.interval());
        assertThat(review.basis()).as("unchanged").isEqualTo(effective);
    }

    @Test
    void aLateConfirmationClearsTheOverdueState() {
        PeriodicReview review = PeriodicReview.afterEffective(LocalDate.parse("2024-01-31"), Period.ofMonths(12));
        LocalDate today = LocalDate.parse("2025-03-10");
        assertThat(review.isOverdue(today)).isTrue();
        assertThat(review.confirmedWithoutChange(today).isOverdue(today)).isFalse();
        assertThat(review.confirmedWithoutChange(today).dueDate()).isEqualTo(LocalDate.parse("2026-03-10"));
    }

    @Test
    void monthlyConfirmationsOnTheDueDateFollowTheConfirmationDates() {
        PeriodicReview review = PeriodicReview.afterEffective(LocalDate.parse("2025-01-31"), Period.ofMonths(1));
        assertThat(review.dueDate()).isEqualTo(LocalDate.parse("2025-02-28"));
        review = review.confirmedWithoutChange(review.dueDate());
        assertThat(review.dueDate()).isEqualTo(LocalDate.parse("2025-03-28"));
    }

    @Test
    void aConfirmationCannotPrecedeTheBasis() {
        PeriodicReview review = PeriodicReview.afterEffective(LocalDate.parse("2025-01-31"), Period.ofMonths(12));
        assertThatThrownBy(() -> review.confirmedWithoutChange(LocalDate.parse("2025-01-30")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025-01-30").hasMessageContaining("2025-01-31");
    }

    @Test
    void instantsAreTakenAsServerUtcDates() {
        PeriodicReview review = PeriodicReview.afterEffective(Instant.parse("2024-01-31T23:59:59.999Z"),
                Period.ofMonths(1));
        assertThat(review.basis()).isEqualTo(LocalDate.parse("2024-01-31"));
        assertThat(review.dueDate()).isEqualTo(LocalDate.parse("2024-02-29"));
        assertThat(review.isOverdue(Clock.fixed(Instant.parse("2024-02-29T23:59:59.999Z"), ZoneOffset.UTC))).isFalse();
        assertThat(review.isOverdue(Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.UTC))).isTrue();
        assertThat(review.isOverdue(Clock.fixed(Instant.parse("2024-03-01T00:00:00Z"), ZoneOffset.ofHours(-5))))
                .as("the clock's zone does not matter: UTC").isTrue();
        assertThat(review.confirmedWithoutChange(Instant.parse("2024-02-10T00:00:00Z")).dueDate())
                .isEqualTo(LocalDate.parse("2024-03-10"));
    }

    @ParameterizedTest(name = "interval {0} is refused")
    @CsvSource({"P0M, 0 months", "P61M, 61 months", "P5Y1M, 61 months", "P-1M, -1 months", "P1M1D, days",
        "P14D, days"})
    void refusesIntervalsOutsideOneToSixtyWholeMonths(String interval, String messagePart) {
        assertThatThrownBy(() -> PeriodicReview.afterEffective(LocalDate.parse("2025-01-01"), Period.parse(interval)))
                .isInstanceOfSatisfying(InvalidConfigurationException.class, e -> {
                    assertThat(e.getMessage()).contains(messagePart);
                    assertThat(e.hint()).contains("whole months");
                });
        assertThatThrownBy(() -> PeriodicReview.requireValidInterval(null))
                .isInstanceOf(InvalidConfigurationException.class);
    }

    @ParameterizedTest(name = "interval {0} is accepted as {1}")
    @CsvSource({"P1M, P1M", "P12M, P1Y", "P5Y, P5Y", "P60M, P5Y", "P1Y6M, P1Y6M"})
    void acceptsAndNormalizesIntervals(String interval, String normalized) {
        assertThat(PeriodicReview.requireValidInterval(Period.parse(interval))).isEqualTo(Period.parse(normalized));
    }

    @Test
    void aNegativeReminderWindowIsAMistake() {
        PeriodicReview review = PeriodicReview.afterEffective(LocalDate.parse("2025-01-31"), Period.ofMonths(12));
        assertThatThrownBy(() -> review.dueWithin(Period.ofDays(-1), LocalDate.parse("2025-01-31")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
