package org.eqms.confluence;

import org.eqms.confluence.access.ContentPermissions;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Confluence's page and space permissions for tests (the product seam): who views, who edits, who administers. */
final class TestPermissions implements ContentPermissions {
    private final Set<String> viewers = ConcurrentHashMap.newKeySet();
    private final Set<String> editors = ConcurrentHashMap.newKeySet();
    private final Set<String> spaceAdmins = ConcurrentHashMap.newKeySet();

    TestPermissions viewer(String userKey) {
        viewers.add(userKey);
        return this;
    }

    TestPermissions editor(String userKey) {
        viewers.add(userKey);
        editors.add(userKey);
        return this;
    }

    TestPermissions spaceAdmin(String userKey) {
        editor(userKey);
        spaceAdmins.add(userKey);
        return this;
    }

    @Override
    public boolean canView(String userKey, long pageId) {
        return userKey != null && viewers.contains(userKey);
    }

    @Override
    public boolean canEdit(String userKey, long pageId) {
        return userKey != null && editors.contains(userKey);
    }

    @Override
    public boolean isSpaceAdmin(String userKey, String spaceKey) {
        return userKey != null && spaceAdmins.contains(userKey);
    }
}
