package com.atlassian.user;

/**
 * Atlassian-User's user (a {@code java.security.Principal} via {@code com.atlassian.user.Entity}); Confluence's
 * {@code ConfluenceUser} extends it and {@code PermissionManager} takes it.
 *
 * <p>Checked against: https://docs.atlassian.com/atlassian-confluence/5.7.4/com/atlassian/confluence/user/ConfluenceUser.html
 * ("All Superinterfaces: com.atlassian.user.Entity, Principal, Serializable, com.atlassian.user.User"; inherited
 * {@code getEmail}, {@code getFullName}). No member is declared: the eQMS adapters only pass users through to
 * {@code PermissionManager}. The super-interfaces are left out (nothing here calls them).
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.3/com/atlassian/confluence/user/ConfluenceUser.html">ConfluenceUser (extends com.atlassian.user.User)</a>
 */
public interface User {
}
