package org.eqms.sandbox.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import net.java.ao.Query;
import org.eqms.confluence.access.ContentPermissions;
import org.eqms.sandbox.confluence.entity.SpaceGrantRow;
import org.eqms.store.ao.UniqueKeys;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's space permissions, what Confluence's {@code PermissionManager} is to the app: a page may be viewed
 * or edited by whoever is granted VIEW or EDIT on its space (as a user or through a group); space administrators
 * hold ADMINISTER; system administrators administer every space, as in Confluence.
 */
public final class SandboxSpacePermissions implements ContentPermissions {
    private static final String USER = "USER";
    private static final String GROUP = "GROUP";

    private final ActiveObjects ao;
    private final SandboxPages pages;
    private final SandboxGroups groups;
    private final UserManager users;

    public SandboxSpacePermissions(ActiveObjects ao, SandboxPages pages, SandboxGroups groups, UserManager users) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.pages = Objects.requireNonNull(pages, "pages");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.users = Objects.requireNonNull(users, "users");
    }

    public void grantUser(String spaceKey, String userKey, SpaceAccess access) {
        grant(spaceKey, USER, userKey, access);
    }

    public void grantGroup(String spaceKey, String group, SpaceAccess access) {
        grant(spaceKey, GROUP, group, access);
    }

    @Override
    public boolean canView(String userKey, long pageId) {
        return onPage(userKey, pageId, SpaceAccess.VIEW);
    }

    @Override
    public boolean canEdit(String userKey, long pageId) {
        return onPage(userKey, pageId, SpaceAccess.EDIT);
    }

    /** A space that does not exist has no administrators, a system administrator's power included (as in Confluence). */
    @Override
    public boolean isSpaceAdmin(String userKey, String spaceKey) {
        return userKey != null && pages.spaceExists(spaceKey) && has(userKey, spaceKey, SpaceAccess.ADMINISTER);
    }

    /** Whether the user may see the space and its page list (VIEW on it); nobody sees a space that does not exist. */
    public boolean canViewSpace(String userKey, String spaceKey) {
        return userKey != null && pages.spaceExists(spaceKey) && has(userKey, spaceKey, SpaceAccess.VIEW);
    }

    /** Whether the user may add pages to the space (EDIT on it); nobody may in a space that does not exist. */
    public boolean canEditSpace(String userKey, String spaceKey) {
        return userKey != null && pages.spaceExists(spaceKey) && has(userKey, spaceKey, SpaceAccess.EDIT);
    }

    private boolean onPage(String userKey, long pageId, SpaceAccess needed) {
        if (userKey == null) {
            return false;
        }
        return pages.location(pageId).map(location -> has(userKey, location.spaceKey(), needed)).orElse(false);
    }

    private boolean has(String userKey, String spaceKey, SpaceAccess needed) {
        if (users.isSystemAdmin(new UserKey(userKey))) {
            return true;
        }
        Set<String> memberOf = groups.groupsOf(userKey);
        for (SpaceGrantRow row : ao.find(SpaceGrantRow.class, Query.select("ID, GRANTEE_KIND, GRANTEE, ACCESS_LEVEL")
                .where(SpaceGrantRow.SPACE_KEY + " = ?", spaceKey))) {
            boolean applies = USER.equals(row.getGranteeKind()) ? userKey.equals(row.getGrantee())
                    : memberOf.contains(row.getGrantee());
            if (applies && SpaceAccess.valueOf(row.getAccessLevel()).includes(needed)) {
                return true;
            }
        }
        return false;
    }

    private void grant(String spaceKey, String kind, String grantee, SpaceAccess access) {
        Objects.requireNonNull(access, "access");
        String key = UniqueKeys.of(UniqueKeys.column(spaceKey, "space key"), kind, UniqueKeys.column(grantee, "grantee"));
        ao.executeInTransaction(() -> {
            Optional<SpaceGrantRow> existing = Optional.ofNullable(
                    ao.find(SpaceGrantRow.class, SpaceGrantRow.GRANT_KEY + " = ?", key)).filter(rows -> rows.length > 0)
                    .map(rows -> rows[0]);
            if (existing.isPresent()) {
                existing.get().setAccessLevel(access.name());
                existing.get().save();
                return null;
            }
            Map<String, Object> row = new HashMap<>();
            row.put(SpaceGrantRow.GRANT_KEY, key);
            row.put(SpaceGrantRow.SPACE_KEY, spaceKey);
            row.put("GRANTEE_KIND", kind);
            row.put("GRANTEE", grantee);
            row.put("ACCESS_LEVEL", access.name());
            return ao.create(SpaceGrantRow.class, row);
        });
    }
}
