package com.atlassian.jira.security.plugin;

/**
 * Key of a project permission, e.g. the constants of {@code ProjectPermissions}.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html (fields of type
 * {@code ProjectPermissionKey}), https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/jira/permission/GHProjectPermissions.html
 * (fully qualified {@code com.atlassian.jira.security.plugin.ProjectPermissionKey}) and
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html (parameter type). The type's own page is not in
 * the docs index available here; {@code public ProjectPermissionKey(String permissionKey)} is the constructor public
 * plugins call ({@code new ProjectPermissionKey("BROWSE_PROJECTS")}); declared so the constants can exist here.
 * Re-check with {@code -Patlassian}.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html">ProjectPermissions</a>
 */
public final class ProjectPermissionKey {

    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
