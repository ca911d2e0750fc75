package com.atlassian.confluence.user;

import com.atlassian.user.Group;

/**
 * Resolves groups by name (since Confluence 7.17; super-interface of {@link UserAccessor}).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.0/com/atlassian/confluence/user/GroupResolver.html
 * ("All Known Subinterfaces: UserAccessor, UserAccessorInternal"; {@code @Nullable com.atlassian.user.Group getGroup(String name)}:
 * "Returns the group with the specified name, or null if the group doesn't exist or the name is null"), same on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.7/com/atlassian/confluence/user/GroupResolver.html.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.0/com/atlassian/confluence/user/GroupResolver.html">GroupResolver</a>
 */
public interface GroupResolver {

    /** @return the group with this name, or {@code null} if there is none or the name is {@code null} */
    Group getGroup(String name);
}
