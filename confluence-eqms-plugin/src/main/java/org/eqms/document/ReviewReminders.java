package org.eqms.document;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.Transactions;
import org.eqms.notice.UserNotifier;

import java.time.Clock;
import java.time.Period;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The periodic-review reminder job: for every configured space, each effective document whose review falls due
 * within the window, and each overdue one, is announced once (per revision, due date and kind) to the space's
 * document controllers and the revision's author, and the reminder is audited. Safe to run often and on every node.
 */
public final class ReviewReminders {
    public static final String REMINDED = "document.review.reminded";

    private final SpaceSettingsStore settings;
    private final PeriodicReviews reviews;
    private final DocumentRepository documents;
    private final GroupRoster roster;
    private final ReminderLog log;
    private final UserNotifier notifier;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;

    public ReviewReminders(SpaceSettingsStore settings, PeriodicReviews reviews, DocumentRepository documents,
                           GroupRoster roster, ReminderLog log, UserNotifier notifier, AuditTrail audit,
                           Transactions transactions, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.documents = Objects.requireNonNull(documents, "documents");
        this.roster = Objects.requireNonNull(roster, "roster");
        this.log = Objects.requireNonNull(log, "log");
        this.notifier = Objects.requireNonNull(notifier, "notifier");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sends the reminders not sent yet; returns how many documents were announced. */
    public int run(Period window) {
        int announced = 0;
        for (String spaceKey : settings.configuredSpaces()) {
            SpaceSettings space = settings.current(spaceKey).orElseThrow();
            for (ReviewStatus status : reviews.schedule(spaceKey, window)) {
                if (status.due() != ReviewStatus.Due.NOT_DUE && announce(space, status)) {
                    announced++;
                }
            }
        }
        audit.flush();
        return announced;
    }

    private boolean announce(SpaceSettings space, ReviewStatus status) {
        ControlledDocument document = status.document();
        String kind = status.due() == ReviewStatus.Due.OVERDUE ? "review.overdue" : "review.due-soon";
        String key = document.id() + "/" + status.revisionLabel() + "/" + status.dueDate() + "/" + kind;
        Set<String> recipients = new TreeSet<>(roster.membersOf(space.controllerGroup()));
        documents.revision(document.id(), status.revisionLabel()).ifPresent(r -> recipients.add(r.authorKey()));
        boolean first = transactions.inTransaction(() -> {
            if (!log.markOnce(key, document.id(), clock.instant())) {
                return false;
            }
            audit.record(RevisionAuditor.SCHEDULER, REMINDED, AuditedObject.of(DocumentAuditActions.OBJECT_TYPE, document.id()),
                    AuditData.empty().put("revision", status.revisionLabel()).put("dueDate", status.dueDate().toString())
                            .put("kind", kind).put("recipients", String.join(",", recipients)));
            return true;
        });
        if (first) {
            String message = document.number() + " revision " + status.revisionLabel()
                    + (status.due() == ReviewStatus.Due.OVERDUE ? " is overdue for periodic review (due "
                    : " is due for periodic review on ") + status.dueDate() + (status.due() == ReviewStatus.Due.OVERDUE ? ")." : ".");
            recipients.forEach(userKey -> notifier.notify(userKey, kind, message));
        }
        return first;
    }
}
