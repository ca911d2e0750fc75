package org.eqms.sandbox.users;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import javax.servlet.http.HttpServletRequest;

/**
 * SAL's user manager over the sandbox users, as the apps call it: the user of a request is the one the sandbox's
 * authentication filter signed in ({@link #REQUEST_USER} attribute, from the session or HTTP Basic); the
 * request-less calls read the request the filter is serving on this thread.
 */
public final class SandboxUserManager implements UserManager {
    /** Request attribute holding the signed-in user's key. */
    public static final String REQUEST_USER = "org.eqms.sandbox.user";

    private final SandboxUsers users;
    private final ThreadLocal<HttpServletRequest> current = new ThreadLocal<>();

    public SandboxUserManager(SandboxUsers users) {
        this.users = users;
    }

    /** Makes {@code request} the current one of this thread while {@code work} runs. */
    public void serving(HttpServletRequest request, Runnable work) {
        HttpServletRequest previous = current.get();
        current.set(request);
        try {
            work.run();
        } finally {
            if (previous == null) {
                current.remove();
            } else {
                current.set(previous);
            }
        }
    }

    @Override
    public UserProfile getRemoteUser() {
        HttpServletRequest request = current.get();
        return request == null ? null : getRemoteUser(request);
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        Object key = request.getAttribute(REQUEST_USER);
        return key instanceof String userKey ? users.byKey(userKey).map(Profile::new).orElse(null) : null;
    }

    @Override
    public UserKey getRemoteUserKey() {
        UserProfile profile = getRemoteUser();
        return profile == null ? null : profile.getUserKey();
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : users.byKey(userKey.getStringValue()).map(Profile::new).orElse(null);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return userKey != null && users.byKey(userKey.getStringValue()).map(SandboxUser::systemAdmin).orElse(false);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return isSystemAdmin(userKey);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return false;
    }

    @Override
    public boolean authenticate(String username, String password) {
        return users.authenticate(username, password).isPresent();
    }

    private record Profile(SandboxUser user) implements UserProfile {
        @Override
        public UserKey getUserKey() {
            return new UserKey(user.key());
        }

        @Override
        public String getUsername() {
            return user.username();
        }

        @Override
        public String getFullName() {
            return user.fullName();
        }

        @Override
        public String getEmail() {
            return user.username() + "@sandbox.eqms.invalid";
        }
    }
}
