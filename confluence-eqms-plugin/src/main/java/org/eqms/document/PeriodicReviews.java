package org.eqms.document;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The periodic-review schedule of a space's effective documents ({@link PeriodicReview} per document): due dates from
 * the effective date or the last signed "review without change" of the revision in force, and which reviews are due
 * soon or overdue on the server's UTC date. Documents whose type has no review interval are not listed.
 */
public final class PeriodicReviews {
    private final DocumentRepository documents;
    private final SpaceConfiguration configuration;
    private final ReviewConfirmations confirmations;
    private final Clock clock;

    public PeriodicReviews(DocumentRepository documents, SpaceConfiguration configuration,
                           ReviewConfirmations confirmations, Clock clock) {
        this.documents = Objects.requireNonNull(documents, "documents");
        this.configuration = Objects.requireNonNull(configuration, "configuration");
        this.confirmations = Objects.requireNonNull(confirmations, "confirmations");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every reviewable effective document of the space, most urgent first. */
    public List<ReviewStatus> schedule(String spaceKey, Period reminderWindow) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<ReviewStatus> schedule = new ArrayList<>();
        for (ControlledDocument document : documents.inSpace(spaceKey)) {
            status(document, reminderWindow, today).ifPresent(schedule::add);
        }
        schedule.sort(Comparator.comparing(ReviewStatus::dueDate).thenComparing(s -> s.document().number()));
        return schedule;
    }

    /** The review status of one document, empty when it has no effective revision or no review interval. */
    public Optional<ReviewStatus> status(ControlledDocument document, Period reminderWindow) {
        return status(document, reminderWindow, LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC));
    }

    private Optional<ReviewStatus> status(ControlledDocument document, Period reminderWindow, LocalDate today) {
        Optional<Period> interval = configuration.type(document.spaceKey(), document.typeKey())
                .flatMap(DocumentType::periodicReview);
        Optional<Revision> effective = documents.revisions(document.id()).stream()
                .filter(revision -> revision.state() == DocumentState.EFFECTIVE && revision.effectiveAt() != null)
                .reduce((first, second) -> second);
        if (interval.isEmpty() || effective.isEmpty()) {
            return Optional.empty();
        }
        PeriodicReview review = PeriodicReview.afterEffective(effective.get().effectiveAt(), interval.get());
        for (ReviewConfirmation confirmation : confirmations.of(document.id())) {
            if (confirmation.revisionLabel().equals(effective.get().label())
                    && !LocalDate.ofInstant(confirmation.confirmedAt(), ZoneOffset.UTC).isBefore(review.basis())) {
                review = review.confirmedWithoutChange(confirmation.confirmedAt());
            }
        }
        ReviewStatus.Due due = review.isOverdue(today) ? ReviewStatus.Due.OVERDUE
                : review.dueWithin(reminderWindow, today) ? ReviewStatus.Due.DUE_SOON : ReviewStatus.Due.NOT_DUE;
        return Optional.of(new ReviewStatus(document, effective.get().label(), review.basis(), review.dueDate(), due));
    }
}
