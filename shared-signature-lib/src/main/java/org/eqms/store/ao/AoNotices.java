package org.eqms.store.ao;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.store.ao.entity.NoticeRow;
import org.eqms.notice.Notice;
import org.eqms.notice.Notices;
import org.eqms.notice.UserNotifier;
import org.eqms.signature.AdminAlert;
import org.eqms.signature.Notifier;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * In-app notifications on Active Objects, the same in both apps: what an app tells a user (e.g. review reminders)
 * and what it alerts the administrators of at once (signing lockouts, snapshot integrity), kept until read and after.
 */
public final class AoNotices implements UserNotifier, Notifier, Notices {
    private static final String COLUMNS = "ID, " + NoticeRow.RECIPIENT + ", " + NoticeRow.KIND + ", " + NoticeRow.MESSAGE
            + ", " + NoticeRow.CREATED_AT + ", " + NoticeRow.READ_AT;

    private final ActiveObjects ao;
    private final Clock clock;

    public AoNotices(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void notify(String userKey, String kind, String message) {
        add(Objects.requireNonNull(userKey, "userKey"), kind, message, clock.instant());
    }

    @Override
    public void alertAdmins(AdminAlert alert) {
        add(Notice.ADMINISTRATORS, alert.kind(), alert.message() + (alert.userKey() == null ? "" : " (" + alert.userKey() + ")"),
                alert.time());
    }

    private void add(String recipient, String kind, String message, Instant at) {
        Map<String, Object> row = new HashMap<>();
        row.put(NoticeRow.RECIPIENT, recipient);
        row.put(NoticeRow.KIND, Objects.requireNonNull(kind, "kind"));
        row.put(NoticeRow.MESSAGE, Objects.requireNonNull(message, "message"));
        row.put(NoticeRow.CREATED_AT, StoredInstant.format(at));
        ao.executeInTransaction(() -> ao.create(NoticeRow.class, row));
    }

    @Override
    public List<Notice> forUser(String userKey, boolean administrator, int limit) {
        Query query = administrator
                ? Query.select(COLUMNS).where(NoticeRow.RECIPIENT + " = ? OR " + NoticeRow.RECIPIENT + " = ?", userKey,
                Notice.ADMINISTRATORS)
                : Query.select(COLUMNS).where(NoticeRow.RECIPIENT + " = ?", userKey);
        List<Notice> notices = new ArrayList<>();
        for (NoticeRow row : ao.find(NoticeRow.class, query.order("ID DESC").limit(limit))) {
            notices.add(notice(row));
        }
        return notices;
    }

    @Override
    public boolean markRead(long noticeId, String userKey, boolean administrator) {
        if (noticeId < 1 || noticeId > Integer.MAX_VALUE) {
            return false;
        }
        return ao.executeInTransaction(() -> {
            NoticeRow row = ao.get(NoticeRow.class, (int) noticeId);
            if (row == null || !(row.getRecipient().equals(userKey)
                    || administrator && row.getRecipient().equals(Notice.ADMINISTRATORS))) {
                return false;
            }
            if (row.getReadAt() == null) {
                row.setReadAt(StoredInstant.format(clock.instant()));
                row.save();
            }
            return true;
        });
    }

    private static Notice notice(NoticeRow row) {
        return new Notice(row.getID(), row.getRecipient(), row.getKind(), row.getMessage(),
                StoredInstant.parse(row.getCreatedAt()), row.getReadAt() == null ? null : StoredInstant.parse(row.getReadAt()));
    }
}
