package com.atlassian.sal.api.user;

import java.io.Serializable;
import java.util.Objects;

/**
 * SAL identifier that uniquely identifies a user for the duration of its existence (a value class).
 *
 * <p>Checked against: https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html
 * (constructor, {@code getStringValue()}, {@code toString()} returning the string value, class-and-value
 * {@code equals}). {@code fromLong(long)} is left out: it is not on the docs.atlassian.com pages available here.
 *
 * @see <a href="https://docs.atlassian.com/sal-parent/3.0.4/xref/com/atlassian/sal/api/user/UserKey.html">SAL UserKey</a>
 */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userkey;

    /**
     * Builds a key from its string representation.
     *
     * @param userkey the string representation of a user key; must not be null
     */
    public UserKey(String userkey) {
        this.userkey = Objects.requireNonNull(userkey, "userkey");
    }

    /** @return the string representation of this key */
    public String getStringValue() {
        return userkey;
    }

    @Override
    public String toString() {
        return getStringValue();
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (o == null || getClass() != o.getClass()) {
            return false;
        }
        return userkey.equals(((UserKey) o).userkey);
    }

    @Override
    public int hashCode() {
        return userkey.hashCode();
    }
}
