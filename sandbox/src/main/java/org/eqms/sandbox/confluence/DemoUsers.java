package org.eqms.sandbox.confluence;

import java.util.Map;
import java.util.Objects;

/**
 * The demo users the Confluence demo data needs (issue 6): alice (author), bob and carol (approvers), dave (document
 * controller), erin (reader) and admin (space administrator of QMS).
 */
public record DemoUsers(DemoUser alice, DemoUser bob, DemoUser carol, DemoUser dave, DemoUser erin, DemoUser admin) {
    public DemoUsers {
        Objects.requireNonNull(alice, "alice");
        Objects.requireNonNull(bob, "bob");
        Objects.requireNonNull(carol, "carol");
        Objects.requireNonNull(dave, "dave");
        Objects.requireNonNull(erin, "erin");
        Objects.requireNonNull(admin, "admin");
    }

    /** The users by user name, each with its key and password, e.g. as the platform's user store created them. */
    public static DemoUsers of(Map<String, DemoUser> byName) {
        return new DemoUsers(named(byName, "alice"), named(byName, "bob"), named(byName, "carol"),
                named(byName, "dave"), named(byName, "erin"), named(byName, "admin"));
    }

    private static DemoUser named(Map<String, DemoUser> byName, String username) {
        DemoUser user = byName.get(username);
        if (user == null) {
            throw new IllegalArgumentException("The demo data needs user " + username + "; the platform did not create it");
        }
        return user;
    }
}
