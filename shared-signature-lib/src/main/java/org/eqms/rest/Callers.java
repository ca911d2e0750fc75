package org.eqms.rest;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;
import java.util.Objects;

/** Resolves the caller of a request with SAL's {@link UserManager}; anonymous callers are refused with 401. */
public final class Callers {
    private final UserManager users;

    public Callers(UserManager users) {
        this.users = Objects.requireNonNull(users, "users");
    }

    /** The signed-in caller; {@link RestRefusal#unauthenticated()} for anonymous requests. */
    public Caller require(HttpServletRequest request) {
        UserProfile profile = users.getRemoteUser(request);
        UserKey key = profile == null ? null : profile.getUserKey();
        if (key == null) {
            throw RestRefusal.unauthenticated();
        }
        HttpSession session = request.getSession(false);
        return new Caller(key.getStringValue(), request.getRemoteAddr(), session == null ? null : session.getId());
    }

    /** Whether the caller is a system administrator (global configuration, lockouts, key rotation). */
    public boolean isSystemAdmin(Caller caller) {
        return users.isSystemAdmin(new UserKey(caller.userKey()));
    }
}
