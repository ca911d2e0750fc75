package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/**
 * Resolves {@link ConfluenceUser}s (since Confluence 7.16; super-interface of {@link UserAccessor}).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.1.1/com/atlassian/confluence/user/ConfluenceUserResolver.html
 * ("All Known Subinterfaces: UserAccessor, UserAccessorInternal";
 * {@code @Nullable ConfluenceUser getUserByKey(com.atlassian.sal.api.user.UserKey key)},
 * {@code @Nullable ConfluenceUser getUserByName(String name)}), same on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.19.14/com/atlassian/confluence/user/ConfluenceUserResolver.html.
 * The other members are left out (not called).
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.1.1/com/atlassian/confluence/user/ConfluenceUserResolver.html">ConfluenceUserResolver</a>
 */
public interface ConfluenceUserResolver {

    /** @return the user with this key, or {@code null} if there is none */
    ConfluenceUser getUserByKey(UserKey key);

    /** @return the user with this user name, or {@code null} if there is none */
    ConfluenceUser getUserByName(String name);
}
