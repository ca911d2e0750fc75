package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/**
 * SAL service for the current user, user profiles, admin checks, group membership and password checks.
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/sal/confluence/user/SetupUserManager.html
 * and https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.4/com/atlassian/sal/confluence/user/ConfluenceUserManager.html
 * (classes implementing com.atlassian.sal.api.user.UserManager; their method tables give these exact signatures).
 * The sal-api interface page itself is not in the docs index available here.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.4/com/atlassian/sal/confluence/user/ConfluenceUserManager.html">ConfluenceUserManager (implements UserManager)</a>
 */
public interface UserManager {

    /** @return the profile of the user of the current request, or null if anonymous */
    UserProfile getRemoteUser();

    /** @return the profile of the user of the given request, or null if anonymous */
    UserProfile getRemoteUser(HttpServletRequest request);

    /** @return the key of the user of the current request, or null if anonymous */
    UserKey getRemoteUserKey();

    /** @return the profile of the user with the given key, or null if there is none */
    UserProfile getUserProfile(UserKey userKey);

    /** @return whether the user is a system administrator */
    boolean isSystemAdmin(UserKey userKey);

    /** @return whether the user is an administrator */
    boolean isAdmin(UserKey userKey);

    /** @return whether the user is a member of the group */
    boolean isUserInGroup(UserKey userKey, String group);

    /** @return whether the user name and password are valid */
    boolean authenticate(String username, String password);
}
