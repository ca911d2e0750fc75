package com.atlassian.confluence.user;

/**
 * Confluence's user service (a product component, imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.1.1/com/atlassian/confluence/user/ConfluenceUserResolver.html
 * (which lists {@code UserAccessor} among its sub-interfaces, so {@code getUserByKey(UserKey)} is a member of
 * {@code UserAccessor}). No member of its own is declared: the adapters call only inherited ones. Its super-interfaces
 * {@link GroupResolver} and {@link GroupMembershipAccessor} as listed on
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.5.21/com/atlassian/confluence/user/UserAccessor.html
 * ("public interface UserAccessor extends UserAccessor, UserPreferencesAccessor, ConfluenceUserResolver,
 * UserProfilePictureAccessor, GroupResolver, GroupMembershipAccessor, UserExistenceChecker"; the others are left out).
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.1.1/com/atlassian/confluence/user/ConfluenceUserResolver.html">ConfluenceUserResolver (super-interface of UserAccessor)</a>
 */
public interface UserAccessor extends ConfluenceUserResolver, GroupResolver, GroupMembershipAccessor {
}
