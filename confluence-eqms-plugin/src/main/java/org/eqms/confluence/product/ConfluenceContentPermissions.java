package org.eqms.confluence.product;

import com.atlassian.confluence.pages.Page;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.Permission;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.Space;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import org.eqms.confluence.access.ContentPermissions;

/**
 * Confluence's own content permissions, asked through {@link PermissionManager}: VIEW and EDIT on the page,
 * ADMINISTER on the space (space administrators; Confluence exempts system administrators itself).
 *
 * <p>A {@code null} user key is anonymous and is asked as Confluence asks for anonymous users (a {@code null} user), so
 * anonymous access follows the space's anonymous permissions; anonymous users never administer a space. A key that
 * names no user (deleted, or never existed) is refused everything: it is not anonymous.
 */
@Named
public class ConfluenceContentPermissions implements ContentPermissions {
    private final PermissionManager permissionManager;
    private final UserAccessor userAccessor;
    private final PageManager pageManager;
    private final SpaceManager spaceManager;

    @Inject
    public ConfluenceContentPermissions(@ComponentImport PermissionManager permissionManager,
                                        @ComponentImport UserAccessor userAccessor,
                                        @ComponentImport PageManager pageManager,
                                        @ComponentImport SpaceManager spaceManager) {
        this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
        this.userAccessor = Objects.requireNonNull(userAccessor, "userAccessor");
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
        this.spaceManager = Objects.requireNonNull(spaceManager, "spaceManager");
    }

    @Override
    public boolean canView(String userKey, long pageId) {
        return onPage(userKey, pageId, Permission.VIEW);
    }

    @Override
    public boolean canEdit(String userKey, long pageId) {
        return onPage(userKey, pageId, Permission.EDIT);
    }

    @Override
    public boolean isSpaceAdmin(String userKey, String spaceKey) {
        if (userKey == null || spaceKey == null || spaceKey.isBlank()) {
            return false;
        }
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        Space space = spaceManager.getSpace(spaceKey);
        return user != null && space != null && permissionManager.hasPermission(user, Permission.ADMINISTER, space);
    }

    private boolean onPage(String userKey, long pageId, Permission permission) {
        if (pageId < 1) {
            return false;
        }
        Page page = pageManager.getPage(pageId);
        if (page == null) {
            return false;
        }
        if (userKey == null) {
            return permissionManager.hasPermission(null, permission, page);
        }
        ConfluenceUser user = userAccessor.getUserByKey(new UserKey(userKey));
        return user != null && permissionManager.hasPermission(user, permission, page);
    }
}
