package org.eqms.jira.access;

/**
 * Port: what a user may do in a Jira project, as the product's own permission scheme says. Users are named by their
 * immutable user key (never the user name); a {@code null} key is an anonymous caller and may do nothing here, and an
 * unknown or blank project key grants nothing.
 */
public interface ProjectAccess {

    /** May see the project and its issues (Jira "Browse Projects"): read its trace, matrix and reports. */
    boolean canBrowse(String userKey, String projectKey);

    /** May edit the project's issues (Jira "Edit Issues"): change trace items and links, re-review suspect links. */
    boolean canEdit(String userKey, String projectKey);

    /** May administer the project (Jira "Administer Projects"): change its trace mapping. */
    boolean canAdminister(String userKey, String projectKey);
}
