package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.notice.Notice;
import org.eqms.signature.AdminAlert;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The in-app notifications both apps store: a user reads only his own, administrators also the alerts to all of them. */
class AoNoticesTest {
    private static final String ANN = "u-ann";
    private static final String ERIN = "u-erin";

    @ActiveObjectsTest
    void aUserReadsHisOwnNoticesNewestFirstAndNeverAnotherUsers(ActiveObjects ao) {
        MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
        AoNotices notices = new AoNotices(ao, clock);
        notices.notify(ERIN, "review.due-soon", "SOP-0001 is due for review on 2026-12-01.");
        clock.advance(Duration.ofMinutes(1));
        notices.notify(ANN, "review.overdue", "SOP-0002 is overdue.");
        clock.advance(Duration.ofMinutes(1));
        notices.notify(ERIN, "review.overdue", "SOP-0001 is overdue.");

        List<Notice> erins = notices.forUser(ERIN, false, 50);

        assertThat(erins).extracting(Notice::kind).containsExactly("review.overdue", "review.due-soon");
        assertThat(erins).allSatisfy(notice -> assertThat(notice.recipient()).isEqualTo(ERIN));
        assertThat(erins.get(0).message()).isEqualTo("SOP-0001 is overdue.");
        assertThat(erins.get(0).createdAt()).isEqualTo(Instant.parse("2026-11-23T08:02:00Z"));
        assertThat(erins.get(0).readAt()).isNull();
        assertThat(notices.forUser(ERIN, false, 1)).as("at most the limit, newest first")
                .extracting(Notice::message).containsExactly("SOP-0001 is overdue.");
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void anAdministratorAlertIsStoredAtItsTimeAndReadOnlyByAdministrators(ActiveObjects ao) {
        MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
        AoNotices notices = new AoNotices(ao, clock);
        notices.alertAdmins(new AdminAlert("esign.lockout", "u-bob", "Bob Approver: signing locked after 5 failed attempts",
                Instant.parse("2026-11-23T07:59:59.123Z")));
        notices.notify(ANN, "review.overdue", "SOP-0002 is overdue.");

        List<Notice> asAdministrator = notices.forUser(ANN, true, 50);

        assertThat(asAdministrator).extracting(Notice::recipient).containsExactly(ANN, Notice.ADMINISTRATORS);
        Notice alert = asAdministrator.get(1);
        assertThat(alert.kind()).isEqualTo("esign.lockout");
        assertThat(alert.message()).isEqualTo("Bob Approver: signing locked after 5 failed attempts (u-bob)");
        assertThat(alert.createdAt()).isEqualTo(Instant.parse("2026-11-23T07:59:59.123Z"));
        assertThat(notices.forUser(ANN, false, 50)).as("the same user, not an administrator")
                .extracting(Notice::recipient).containsExactly(ANN);
        assertThat(notices.forUser(ERIN, false, 50)).isEmpty();
    }

    @ActiveObjectsTest
    void markingReadStampsTheTimeOnceAndOnlyForTheNoticesRecipient(ActiveObjects ao) {
        MutableClock clock = MutableClock.at("2026-11-23T08:00:00.000Z");
        AoNotices notices = new AoNotices(ao, clock);
        notices.notify(ERIN, "review.overdue", "SOP-0001 is overdue.");
        notices.alertAdmins(new AdminAlert("esign.lockout", null, "Signing locked", clock.instant()));
        long erins = notices.forUser(ERIN, false, 50).get(0).id();
        long alert = notices.forUser(ANN, true, 50).get(0).id();

        assertThat(notices.markRead(erins, ANN, true)).as("another user's notice, even for an administrator").isFalse();
        assertThat(notices.markRead(alert, ERIN, false)).as("an alert to administrators, for a non-administrator").isFalse();
        assertThat(notices.markRead(999_999, ERIN, false)).as("no such notice").isFalse();
        assertThat(notices.markRead(0, ERIN, false)).isFalse();
        assertThat(notices.markRead(Long.MAX_VALUE, ERIN, false)).isFalse();
        assertThat(notices.forUser(ERIN, false, 50).get(0).readAt()).isNull();

        clock.advance(Duration.ofMinutes(5));
        assertThat(notices.markRead(erins, ERIN, false)).isTrue();
        clock.advance(Duration.ofMinutes(5));
        assertThat(notices.markRead(erins, ERIN, false)).as("read again: still the first time").isTrue();
        assertThat(notices.markRead(alert, ANN, true)).isTrue();

        assertThat(notices.forUser(ERIN, false, 50).get(0).readAt()).isEqualTo(Instant.parse("2026-11-23T08:05:00Z"));
        assertThat(notices.forUser(ANN, true, 50).get(0).readAt()).isEqualTo(Instant.parse("2026-11-23T08:10:00Z"));
        assertThat(notices.forUser(ANN, true, 50).get(0).message()).as("no user key to name").isEqualTo("Signing locked");
    }
}
