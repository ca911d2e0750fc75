package com.atlassian.jira.user;

/**
 * A Jira user (all users with the same username across directories).
 *
 * <p>Checked against: https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html
 * ({@code public interface ApplicationUser extends Principal, WithId, WithKey}; method summary shows
 * {@code String getDisplayName()}, {@code String getKey()}, {@code String getUsername()}) and
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/user/DelegatingApplicationUser.html (same three methods "in interface
 * ApplicationUser"). The supertypes and the other methods are left out (not called).
 *
 * @see <a href="https://docs.atlassian.com/jira/7.0.0/com/atlassian/jira/user/ApplicationUser.html">ApplicationUser</a>
 */
public interface ApplicationUser {

    /** @return the key which distinguishes the user as unique (stable across renames) */
    String getKey();

    /** @return the username */
    String getUsername();

    /** @return the display name ("full name") of the user, never null */
    String getDisplayName();
}
