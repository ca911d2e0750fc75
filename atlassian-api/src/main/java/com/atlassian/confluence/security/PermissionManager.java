package com.atlassian.confluence.security;

/**
 * "Generalised interface for checking whether a particular action in Confluence is allowed" (a product component,
 * imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/confluence/security/PermissionManager.html
 * (interface; takes {@code ConfluenceUser} with deprecated {@code com.atlassian.user.User} defaults) and DESIGN.md §3's
 * verified facts ({@code PermissionManager.hasPermission(User, Permission, Object)}). The excerpts here stop before
 * {@code hasPermission}; a {@code null} user means anonymous, as Confluence's own code uses it
 * ({@code permissionManager.hasPermission(null, Permission.VIEW, ...)}). Space administration is
 * {@code hasPermission(user, Permission.ADMINISTER, space)} (Confluence's {@code SpacePermissionsDelegate.canAdminister(User, Space)},
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.20.0/com/atlassian/confluence/security/delegate/SpacePermissionsDelegate.html).
 * Callers pass a {@code ConfluenceUser}, so the same call also binds to the 9.x {@code ConfluenceUser} overload.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/9.4.0/com/atlassian/confluence/security/PermissionManager.html">PermissionManager</a>
 */
public interface PermissionManager {

    /**
     * @param user       the user asking, or {@code null} for anonymous
     * @param permission what the user wants to do
     * @param target     the object (page, space...)
     * @return whether the user may
     */
    boolean hasPermission(com.atlassian.user.User user, Permission permission, Object target);
}
