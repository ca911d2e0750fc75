package org.eqms.jira.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import org.junit.jupiter.api.Test;

class JiraProjectPermissionsTest {
    private final ProjectManager projectManager = mock(ProjectManager.class);
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    private final JiraProjectPermissions permissions = new JiraProjectPermissions(projectManager, permissionManager,
            authentication);
    private final Project inf = mock(Project.class);
    private final ApplicationUser bob = MockJira.user("u-bob");

    JiraProjectPermissionsTest() {
        when(projectManager.getProjectObjByKey("INF")).thenReturn(inf);
        when(authentication.getLoggedInUser()).thenReturn(bob);
    }

    @Test
    void browseEditAndAdministerAreJirasProjectPermissions() {
        when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, inf, bob)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.EDIT_ISSUES, inf, bob)).thenReturn(true);
        when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, inf, bob)).thenReturn(false);

        assertThat(permissions.canBrowse("u-bob", "INF")).isTrue();
        assertThat(permissions.canEdit("u-bob", "INF")).isTrue();
        assertThat(permissions.canAdminister("u-bob", "INF")).isFalse();
    }

    @Test
    void aProjectAdministratorMayAdministerAndWhatJiraRefusesIsRefused() {
        when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, inf, bob)).thenReturn(true);

        assertThat(permissions.canAdminister("u-bob", "INF")).isTrue();
        assertThat(permissions.canBrowse("u-bob", "INF")).as("Mockito's default: Jira says no").isFalse();
        assertThat(permissions.canEdit("u-bob", "INF")).isFalse();
    }

    @Test
    void anAnonymousCallerMayDoNothingAndJiraIsNotAsked() {
        when(authentication.getLoggedInUser()).thenReturn(null);
        when(permissionManager.hasPermission(any(), any(Project.class), any())).thenReturn(true);

        assertThat(permissions.canBrowse(null, "INF")).isFalse();
        assertThat(permissions.canEdit(null, "INF")).isFalse();
        assertThat(permissions.canAdminister(null, "INF")).isFalse();
        verify(permissionManager, never()).hasPermission(any(), any(Project.class), any());
    }

    @Test
    void anUnknownOrBlankProjectGrantsNothing() {
        when(permissionManager.hasPermission(any(), any(Project.class), eq(bob))).thenReturn(true);

        assertThat(permissions.canBrowse("u-bob", "NOPE")).isFalse();
        assertThat(permissions.canBrowse("u-bob", " ")).isFalse();
        assertThat(permissions.canBrowse("u-bob", null)).isFalse();
    }

    @Test
    void aUserOtherThanTheLoggedInOneIsRefusedSinceNoUserLookupByKeyIsDeclared() {
        when(permissionManager.hasPermission(any(), any(Project.class), any())).thenReturn(true);

        assertThat(permissions.canBrowse("u-carol", "INF")).isFalse();
        assertThat(permissions.canBrowse(" ", "INF")).isFalse();
        when(authentication.getLoggedInUser()).thenReturn(null);
        assertThat(permissions.canBrowse("u-bob", "INF")).as("nobody logged in").isFalse();
    }
}
