package org.eqms.sandbox.confluence;

import java.util.Objects;

/**
 * A demo user as the sandbox platform created it: user name, the user key SAL knows them by, and the password the
 * platform printed (the demo approvals are signed with it, through the real e-signature engine).
 */
public record DemoUser(String username, String userKey, String password) {
    public DemoUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(userKey, "userKey");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "DemoUser[" + username + ", " + userKey + "]";
    }
}
