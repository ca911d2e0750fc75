package org.eqms.confluence.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import org.junit.jupiter.api.Test;

class ConfluenceContentPermissionsTest {
    private static final long PAGE = 4711;

    private final MockConfluence confluence = new MockConfluence();
    private final PermissionManager permissionManager = mock(PermissionManager.class);
    private final UserAccessor userAccessor = mock(UserAccessor.class);
    private final SpaceManager spaceManager = mock(SpaceManager.class);
    private final ConfluenceContentPermissions permissions = new ConfluenceContentPermissions(permissionManager,
            userAccessor, confluence.pageManager, spaceManager);
    private final ConfluenceUser bob = mock(ConfluenceUser.class);
    private final Page page = confluence.edit("QMS", PAGE, "SOP", "<p>v1</p>", "u-alice");

    ConfluenceContentPermissionsTest() {
        when(userAccessor.getUserByKey(new UserKey("u-bob"))).thenReturn(bob);
    }

    @Test
    void viewAndEditAreConfluencesViewAndEditPermissionsOnThePage() {
        when(permissionManager.hasPermission(bob, Permission.VIEW, page)).thenReturn(true);
        when(permissionManager.hasPermission(bob, Permission.EDIT, page)).thenReturn(false);

        assertThat(permissions.canView("u-bob", PAGE)).isTrue();
        assertThat(permissions.canEdit("u-bob", PAGE)).isFalse();
    }

    @Test
    void anAnonymousViewerIsAskedAsConfluenceAsksForAnonymousAndRefusedWhenItSaysNo() {
        when(permissionManager.hasPermission(isNull(), any(), any())).thenReturn(false);

        assertThat(permissions.canView(null, PAGE)).isFalse();
        assertThat(permissions.canEdit(null, PAGE)).isFalse();
        verify(permissionManager).hasPermission(null, Permission.VIEW, page);
    }

    @Test
    void anAnonymousViewerMayViewWhereTheSpaceAllowsAnonymousAccess() {
        when(permissionManager.hasPermission(null, Permission.VIEW, page)).thenReturn(true);

        assertThat(permissions.canView(null, PAGE)).isTrue();
    }

    @Test
    void aKeyThatNamesNoUserIsRefusedAndNotTreatedAsAnonymous() {
        when(permissionManager.hasPermission(isNull(), any(), any())).thenReturn(true);

        assertThat(permissions.canView("u-deleted", PAGE)).isFalse();
        verify(permissionManager, never()).hasPermission(isNull(), any(), any());
    }

    @Test
    void aMissingPageIsNeitherViewableNorEditable() {
        when(permissionManager.hasPermission(any(), any(), any())).thenReturn(true);

        assertThat(permissions.canView("u-bob", PAGE + 1)).isFalse();
        assertThat(permissions.canEdit("u-bob", 0)).isFalse();
    }

    @Test
    void spaceAdministrationIsTheAdministerPermissionOnTheSpaceAndNeverAnonymous() {
        Space qms = mock(Space.class);
        when(spaceManager.getSpace("QMS")).thenReturn(qms);
        when(permissionManager.hasPermission(bob, Permission.ADMINISTER, qms)).thenReturn(true);
        when(permissionManager.hasPermission(isNull(), any(), any())).thenReturn(true);

        assertThat(permissions.isSpaceAdmin("u-bob", "QMS")).isTrue();
        assertThat(permissions.isSpaceAdmin("u-bob", "OTHER")).isFalse();
        assertThat(permissions.isSpaceAdmin(null, "QMS")).isFalse();
        assertThat(permissions.isSpaceAdmin("u-deleted", "QMS")).isFalse();
    }
}
