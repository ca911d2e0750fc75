package com.atlassian.confluence.user;

import com.atlassian.sal.api.user.UserKey;

/**
 * A Confluence user: a {@link com.atlassian.user.User} with an immutable user key.
 *
 * <p>Checked against: https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.3/com/atlassian/confluence/user/ConfluenceUser.html
 * ({@code public interface ConfluenceUser extends com.atlassian.user.User, RelatableEntity};
 * {@code com.atlassian.sal.api.user.UserKey getKey()}). {@code RelatableEntity} and {@code getLowerName()} are left
 * out (not called).
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/8.9.3/com/atlassian/confluence/user/ConfluenceUser.html">ConfluenceUser</a>
 */
public interface ConfluenceUser extends com.atlassian.user.User {

    /** @return the immutable and unique key for the user */
    UserKey getKey();
}
