package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Keys of Jira's system project permissions.
 *
 * <p>Checked against: https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
 * ({@code public class ProjectPermissions extends Object}, constructor {@code ProjectPermissions()}, fields
 * {@code public static final ProjectPermissionKey ADMINISTER_PROJECTS}, {@code BROWSE_PROJECTS}, {@code EDIT_ISSUES}).
 * Only these three are declared. The values here are placeholders (keys equal to the field names); being objects,
 * they are not inlined, so the product's own instances are used at run time.
 *
 * @see <a href="https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html">ProjectPermissions</a>
 */
public class ProjectPermissions {
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

    public ProjectPermissions() {
    }
}
