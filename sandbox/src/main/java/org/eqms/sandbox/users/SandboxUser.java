package org.eqms.sandbox.users;

import java.util.Objects;

/**
 * A sandbox user: the stable key the apps store, the login name, the printed full name, whether they are a system
 * administrator, and the salted password hash ({@link PasswordHash}).
 */
public record SandboxUser(String key, String username, String fullName, boolean systemAdmin, String passwordHash) {
    public SandboxUser {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
