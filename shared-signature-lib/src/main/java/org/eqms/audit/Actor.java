package org.eqms.audit;

/** Who did it: the immutable user key, and the display name printed at the time. */
public record Actor(String userKey, String name) {
    public Actor {
        Require.text(userKey, "actor user key");
        Require.text(name, "actor name");
    }
}
