package org.eqms.sandbox.confluence;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.rest.testing.HeaderUserManager;

import javax.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SAL's UserManager as the sandbox platform's stands in for it, for tests: users with a key, a name, a printed name
 * and a known password ({@code authenticate} is what signing checks); the signed-in user of a request is the user key
 * in {@link HeaderUserManager#HEADER} (what {@code TestRestHost} sends).
 */
final class PasswordUserManager implements UserManager {
    private record User(String key, String username, String fullName, String password, boolean systemAdmin) {
    }

    private final Map<String, User> byKey = new ConcurrentHashMap<>();

    void user(String key, String username, String fullName, String password, boolean systemAdmin) {
        byKey.put(key, new User(key, username, fullName, password, systemAdmin));
    }

    @Override
    public UserProfile getRemoteUser() {
        return null;
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        String key = request.getHeader(HeaderUserManager.HEADER);
        return key == null ? null : getUserProfile(new UserKey(key));
    }

    @Override
    public UserKey getRemoteUserKey() {
        return null;
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        User user = userKey == null ? null : byKey.get(userKey.getStringValue());
        return user == null ? null : profile(user);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        User user = byKey.get(userKey.getStringValue());
        return user != null && user.systemAdmin();
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
        return byKey.values().stream().anyMatch(user -> user.username().equals(username)
                && user.password().equals(password));
    }

    private static UserProfile profile(User user) {
        return new UserProfile() {
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
                return user.username() + "@example.test";
            }
        };
    }
}
