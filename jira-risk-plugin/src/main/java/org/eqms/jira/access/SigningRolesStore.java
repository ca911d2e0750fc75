package org.eqms.jira.access;

/** Port: the saved signing roles of each project, every revision kept. */
public interface SigningRolesStore {

    /** The roles in force ({@link SigningRoles#none} when never saved). */
    SigningRoles current(String projectKey);

    /**
     * Saves {@code roles} as the next revision after {@code expectedRevision}.
     *
     * @throws StaleSigningRolesException if another revision was saved since
     */
    SigningRoles save(SigningRoles roles, int expectedRevision);
}
