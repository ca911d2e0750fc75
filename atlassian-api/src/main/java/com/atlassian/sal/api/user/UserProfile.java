package com.atlassian.sal.api.user;

/**
 * SAL profile of a user (key, name, display name, e-mail).
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html
 * (each member below is "Specified by ... in interface com.atlassian.sal.api.user.UserProfile"; getUserKey since SAL 2.10 /
 * Confluence 5.2). The sal-api interface page itself is not in the docs index available here.
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/sal/confluence/user/ConfluenceUserProfile.html">ConfluenceUserProfile (implements UserProfile)</a>
 */
public interface UserProfile {

    /** @return the user's immutable key; may be null per the documented {@code @Nullable} */
    UserKey getUserKey();

    /** @return the user name (may change on rename) */
    String getUsername();

    /** @return the full (display) name */
    String getFullName();

    /** @return the e-mail address */
    String getEmail();
}
