package org.eqms.confluence.access;

/**
 * Port: the host's own content permissions, asked on every REST call and every render. Confluence answers with its
 * {@code PermissionManager}; the sandbox with its own space permissions. A {@code null} user key is anonymous.
 */
public interface ContentPermissions {

    /** Whether the user may view the page (Confluence VIEW permission on the page). */
    boolean canView(String userKey, long pageId);

    /** Whether the user may edit the page (Confluence EDIT permission on the page). */
    boolean canEdit(String userKey, long pageId);

    /** Whether the user administers the space (Confluence space admin, or system admin). */
    boolean isSpaceAdmin(String userKey, String spaceKey);
}
