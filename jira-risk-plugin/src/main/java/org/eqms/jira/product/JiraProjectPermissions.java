package org.eqms.jira.product;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import org.eqms.jira.access.ProjectAccess;

/**
 * Jira's own project permissions, asked through {@link PermissionManager}: BROWSE_PROJECTS, EDIT_ISSUES and
 * ADMINISTER_PROJECTS on the project found by {@link ProjectManager#getProjectObjByKey}.
 *
 * <p>User lookup: {@code PermissionManager} takes an {@link ApplicationUser}, and the Jira APIs declared here offer no
 * lookup of a user by key (Jira's {@code com.atlassian.jira.user.util.UserManager#getUserByKey} is not declared; SAL's
 * {@code UserManager} yields user keys and profiles, not {@code ApplicationUser}s). The user asked about is therefore
 * resolved as the user of the current request ({@link JiraAuthenticationContext#getLoggedInUser()}): a key naming
 * that user is asked about; any other key (a user not logged in on this request, or a key of nobody) is refused
 * everything. REST resources ask about their caller, so this covers them; a background job asking about another user
 * needs that lookup declared first.
 *
 * <p>A {@code null} user key (anonymous) is refused everything, even where the project lets anonymous users browse:
 * the trace, risk file and its signatures are not for anonymous readers.
 */
@Named
public class JiraProjectPermissions implements ProjectAccess {
    private final ProjectManager projectManager;
    private final PermissionManager permissionManager;
    private final JiraAuthenticationContext authenticationContext;

    @Inject
    public JiraProjectPermissions(@ComponentImport ProjectManager projectManager,
                                  @ComponentImport PermissionManager permissionManager,
                                  @ComponentImport JiraAuthenticationContext authenticationContext) {
        this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
        this.authenticationContext = Objects.requireNonNull(authenticationContext, "authenticationContext");
    }

    @Override
    public boolean canBrowse(String userKey, String projectKey) {
        return has(userKey, projectKey, ProjectPermissions.BROWSE_PROJECTS);
    }

    @Override
    public boolean canEdit(String userKey, String projectKey) {
        return has(userKey, projectKey, ProjectPermissions.EDIT_ISSUES);
    }

    @Override
    public boolean canAdminister(String userKey, String projectKey) {
        return has(userKey, projectKey, ProjectPermissions.ADMINISTER_PROJECTS);
    }

    private boolean has(String userKey, String projectKey, ProjectPermissionKey permission) {
        if (userKey == null || userKey.isBlank() || projectKey == null || projectKey.isBlank()) {
            return false;
        }
        ApplicationUser user = authenticationContext.getLoggedInUser();
        if (user == null || !userKey.equals(user.getKey())) {
            return false;
        }
        Project project = projectManager.getProjectObjByKey(projectKey);
        return project != null && permissionManager.hasPermission(permission, project, user);
    }
}
