package org.eqms.sandbox.jira;

import org.eqms.jira.access.ProjectAccess;
import org.eqms.sandbox.users.DemoUsers;

import java.util.Set;

/**
 * Jira's project permissions in the sandbox: project {@value #PROJECT} only; every signed-in user browses it,
 * alice, bob, carol and dave edit it, admin administers it.
 */
public final class SandboxProjectAccess implements ProjectAccess {
    public static final String PROJECT = "INF";
    private static final Set<String> EDITORS = Set.of(DemoUsers.ALICE, DemoUsers.BOB, DemoUsers.CAROL, DemoUsers.DAVE);

    @Override
    public boolean canBrowse(String userKey, String projectKey) {
        return PROJECT.equals(projectKey) && userKey != null;
    }

    @Override
    public boolean canEdit(String userKey, String projectKey) {
        return PROJECT.equals(projectKey) && EDITORS.contains(userKey);
    }

    @Override
    public boolean canAdminister(String userKey, String projectKey) {
        return PROJECT.equals(projectKey) && DemoUsers.ADMIN.equals(userKey);
    }
}
