package com.atlassian.confluence.user;

import java.util.List;

import com.atlassian.user.Group;

/**
 * Group members (since Confluence 7.17; super-interface of {@link UserAccessor}).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/confluence/user/GroupMembershipAccessor.html
 * ("All Known Subinterfaces: UserAccessor, UserAccessorInternal"; {@code default List<String> getMemberNamesAsList(com.atlassian.user.Group group)}:
 * the user names of the group's members, direct or through nested groups). In the product the method is a
 * {@code default} method over {@code getMemberNames(Group)} (a {@code com.atlassian.user.search.page.Pager}, not
 * declared here); it is declared abstract here, which changes nothing for callers. {@code getMemberNames} is left out.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/confluence/user/GroupMembershipAccessor.html">GroupMembershipAccessor</a>
 */
public interface GroupMembershipAccessor {

    /** @return the user names of the group's members (direct or through nested groups) */
    List<String> getMemberNamesAsList(Group group);
}
