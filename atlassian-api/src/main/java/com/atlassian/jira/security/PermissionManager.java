package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira's project-permission service (a product component, imported with {@code @ComponentImport}).
 *
 * <p>Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html ({@code @PublicApi public
 * interface PermissionManager}; "For all global Permissions it is recommended to use GlobalPermissionManager";
 * methods taking {@code ProjectPermissionKey} and {@code ApplicationUser}, e.g. {@code getProjects(ProjectPermissionKey,
 * ApplicationUser)}). The {@code hasPermission} rows lie beyond the part of the page the docs index returns, so
 * {@code boolean hasPermission(ProjectPermissionKey, Project, ApplicationUser)} and
 * {@code boolean hasPermission(ProjectPermissionKey, Issue, ApplicationUser)} were NOT seen in page text; see also
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/web/util/AuthorizationSupport.html ({@code hasProjectPermission(ProjectPermissionKey,
 * Project)}, {@code hasIssuePermission(ProjectPermissionKey, Issue)}, the same checks for the logged-in user).
 * Re-check with {@code -Patlassian}.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/security/PermissionManager.html">PermissionManager</a>
 */
public interface PermissionManager {

    /** @return whether the user (null for anonymous) has the permission in the project */
    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    /** @return whether the user (null for anonymous) has the permission on the issue (issue security included) */
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);
}
