package org.eqms.rest.testing;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;

import javax.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SAL's UserManager for tests (the product seam): the signed-in user of a request is the user key in a test
 * header; users without that header are anonymous.
 */
public final class HeaderUserManager implements UserManager {
    public static final String HEADER = "X-Eqms-Test-User";

    private final Map<String, String> names = new ConcurrentHashMap<>();
    private final Set<String> systemAdmins = ConcurrentHashMap.newKeySet();

    public void user(String key, String fullName, boolean systemAdmin) {
        names.put(key, fullName);
        if (systemAdmin) {
            systemAdmins.add(key);
        }
    }

    @Override
    public UserProfile getRemoteUser() {
        return null;
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        String key = request.getHeader(HEADER);
        return key == null || !names.containsKey(key) ? null : profile(key);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return null;
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey != null && names.containsKey(userKey.getStringValue()) ? profile(userKey.getStringValue()) : null;
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return systemAdmins.contains(userKey.getStringValue());
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
        return false;
    }

    private UserProfile profile(String key) {
        String name = names.get(key);
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return new UserKey(key);
            }

            @Override
            public String getUsername() {
                return key.substring(2);
            }

            @Override
            public String getFullName() {
                return name;
            }

            @Override
            public String getEmail() {
                return key + "@example.test";
            }
        };
    }
}
