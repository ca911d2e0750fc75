package org.eqms.document;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The rule "an effective document is reviewed every interval" (ISO 13485 §4.2.4: documents are reviewed and updated
 * as necessary): the review falls due one interval after its <em>basis</em> — the date the revision became effective
 * or, after a "review without change" re-confirmation, the date of that confirmation.
 *
 * <ul>
 *   <li>The interval is whole months, 1–{@value #MAX_INTERVAL_MONTHS} (a {@link Period} of years and months, no
 *       days).</li>
 *   <li>Due date = basis plus the interval by {@link LocalDate#plus}: a month end that does not exist in the target
 *       month is clamped to its last day (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year). The due date is
 *       always computed from the basis, never from a previous due date, so clamping never accumulates.</li>
 *   <li>The review is overdue from the day after the due date; on the due date it is due, not overdue.</li>
 *   <li>Dates are server UTC dates (DESIGN §2: one clock, server UTC).</li>
 * </ul>
 *
 * <p>Immutable: {@link #confirmedWithoutChange} returns the next review.
 */
public final class PeriodicReview {

    public static final int MAX_INTERVAL_MONTHS = 60;

    private final Period interval;
    private final LocalDate basis;

    private PeriodicReview(Period interval, LocalDate basis) {
        this.interval = interval;
        this.basis = basis;
    }

    /**
     * The review of a revision that became effective on {@code effectiveDate}.
     *
     * @throws InvalidConfigurationException if the interval is not 1–60 whole months
     */
    public static PeriodicReview afterEffective(LocalDate effectiveDate, Period interval) {
        return new PeriodicReview(requireValidInterval(interval), Objects.requireNonNull(effectiveDate, "effectiveDate"));
    }

    /** The review of a revision that became effective at {@code effectiveAt}, taking its UTC date. */
    public static PeriodicReview afterEffective(Instant effectiveAt, Period interval) {
        return afterEffective(utcDate(Objects.requireNonNull(effectiveAt, "effectiveAt")), interval);
    }

    /**
     * Returns {@code interval} if it is a valid review interval: not null, whole months only, 1–60 months in all.
     *
     * @throws InvalidConfigurationException otherwise
     */
    public static Period requireValidInterval(Period interval) {
        String hint = "Give the review interval in whole months, from 1 to " + MAX_INTERVAL_MONTHS
                + " (e.g. 12 months or 2 years), or no interval for no periodic review.";
        if (interval == null) {
            throw new InvalidConfigurationException("The review interval is missing.", hint);
        }
        if (interval.getDays() != 0) {
            throw new InvalidConfigurationException(
                    "The review interval " + interval + " has days; only whole months are allowed.", hint);
        }
        long months = interval.toTotalMonths();
        if (months < 1 || months > MAX_INTERVAL_MONTHS) {
            throw new InvalidConfigurationException("The review interval " + interval + " is " + months
                    + " months; it must be 1 to " + MAX_INTERVAL_MONTHS + " months.", hint);
        }
        return interval.normalized();
    }

    /** The date the review is due: {@link #basis()} plus the interval. */
    public LocalDate dueDate() {
        return basis.plus(interval);
    }

    /** Whether the review is past due on {@code today} (due date before today). */
    public boolean isOverdue(LocalDate today) {
        return Objects.requireNonNull(today, "today").isAfter(dueDate());
    }

    /** {@link #isOverdue(LocalDate)} on the clock's UTC date. */
    public boolean isOverdue(Clock clock) {
        return isOverdue(utcDate(Objects.requireNonNull(clock, "clock").instant()));
    }

    /**
     * Whether a reminder is due: the review is not overdue on {@code today} and falls due within {@code window}
     * (today ≤ due date ≤ today + window). An overdue review is reported by {@link #isOverdue}, not here.
     */
    public boolean dueWithin(Period window, LocalDate today) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(today, "today");
        if (window.isNegative()) {
            throw new IllegalArgumentException("A reminder window cannot be negative: " + window);
        }
        LocalDate due = dueDate();
        return !due.isBefore(today) && !due.isAfter(today.plus(window));
    }

    /**
     * The next review after the document was reviewed and re-confirmed unchanged on {@code confirmationDate}: its
     * basis is the confirmation date, whether the confirmation was early, on time or late.
     *
     * @throws IllegalArgumentException if the confirmation is dated before the current basis
     */
    public PeriodicReview confirmedWithoutChange(LocalDate confirmationDate) {
        Objects.requireNonNull(confirmationDate, "confirmationDate");
        if (confirmationDate.isBefore(basis)) {
            throw new IllegalArgumentException("A review confirmed on " + confirmationDate
                    + " cannot precede its basis " + basis);
        }
        return new PeriodicReview(interval, confirmationDate);
    }

    /** {@link #confirmedWithoutChange(LocalDate)} at an instant, taking its UTC date. */
    public PeriodicReview confirmedWithoutChange(Instant confirmedAt) {
        return confirmedWithoutChange(utcDate(Objects.requireNonNull(confirmedAt, "confirmedAt")));
    }

    /** The review interval (normalized: years and months). */
    public Period interval() {
        return interval;
    }

    /** The date the interval runs from: the effective date or the last re-confirmation. */
    public LocalDate basis() {
        return basis;
    }

    private static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PeriodicReview other && interval.equals(other.interval) && basis.equals(other.basis);
    }

    @Override
    public int hashCode() {
        return Objects.hash(interval, basis);
    }

    @Override
    public String toString() {
        return "PeriodicReview[basis=" + basis + ", interval=" + interval + ", due=" + dueDate() + "]";
    }
}
