package org.eqms.notice;

import java.util.List;

/** Port: the in-app notifications a user (and, for administrators, the administrators' alerts) can read. */
public interface Notices {
    /** Newest first, at most {@code limit}: the user's own, and the administrators' when {@code administrator}. */
    List<Notice> forUser(String userKey, boolean administrator, int limit);

    /** Marks a notice read now if it is the user's (or an administrators' one and the user is one); false otherwise. */
    boolean markRead(long noticeId, String userKey, boolean administrator);
}
