package org.eqms.sandbox.jira;

import com.atlassian.jira.user.ApplicationUser;

/** The Jira user an event names: the sandbox user's key, user name and full name. */
public record SandboxApplicationUser(String key, String username, String displayName) implements ApplicationUser {
    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getDisplayName() {
        return displayName;
    }
}
