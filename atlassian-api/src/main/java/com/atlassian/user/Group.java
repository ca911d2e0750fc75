package com.atlassian.user;

/**
 * Atlassian-User's group, as Confluence's {@code GroupResolver} returns it and {@code GroupMembershipAccessor} takes it.
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.0/com/atlassian/confluence/user/GroupResolver.html
 * ({@code @Nullable com.atlassian.user.Group getGroup(String name)}) and
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.8.0/com/atlassian/confluence/user/GroupMembershipAccessor.html
 * ({@code getMemberNamesAsList(com.atlassian.user.Group group)}). No member is declared: the eQMS adapters only pass
 * groups from one to the other. Its super-interface ({@code com.atlassian.user.Entity}) is left out.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.0/com/atlassian/confluence/user/GroupResolver.html">GroupResolver (returns com.atlassian.user.Group)</a>
 */
public interface Group {
}
