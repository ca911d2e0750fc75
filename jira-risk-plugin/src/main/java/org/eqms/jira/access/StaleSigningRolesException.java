package org.eqms.jira.access;

/** A save of signing roles replaced a revision that is no longer the one in force. */
public final class StaleSigningRolesException extends RuntimeException {
    private final int current;

    public StaleSigningRolesException(String projectKey, int expected, int current) {
        super("The signing roles of " + projectKey + " were saved again (revision " + current + ") since revision "
                + expected + " was read.");
        this.current = current;
    }

    public int current() {
        return current;
    }
}
