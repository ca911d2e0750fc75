package org.eqms.sandbox.confluence;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.document.GroupMembership;
import org.eqms.document.GroupRoster;
import org.eqms.sandbox.confluence.entity.GroupMemberRow;
import org.eqms.store.ao.UniqueKeys;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sandbox's groups (qms-authors, qms-approvers, ...) and who is in them, by user key: what Confluence's group
 * membership is to the app (approval quorums, the controller group, training audiences).
 */
public final class SandboxGroups implements GroupMembership, GroupRoster {
    private final ActiveObjects ao;

    public SandboxGroups(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    /** Puts the user in the group (nothing changes when already there). */
    public void add(String group, String userKey) {
        String key = UniqueKeys.of(UniqueKeys.column(group, "group name"), UniqueKeys.column(userKey, "user key"));
        if (ao.count(GroupMemberRow.class, GroupMemberRow.MEMBER_KEY + " = ?", key) > 0) {
            return;
        }
        Map<String, Object> row = new HashMap<>();
        row.put(GroupMemberRow.MEMBER_KEY, key);
        row.put(GroupMemberRow.GROUP_NAME, group);
        row.put(GroupMemberRow.USER_KEY, userKey);
        ao.executeInTransaction(() -> ao.create(GroupMemberRow.class, row));
    }

    @Override
    public boolean isMember(String userKey, String group) {
        if (userKey == null || group == null || userKey.isBlank() || group.isBlank()) {
            return false;
        }
        return ao.count(GroupMemberRow.class, GroupMemberRow.MEMBER_KEY + " = ?", UniqueKeys.of(group, userKey)) > 0;
    }

    @Override
    public Set<String> membersOf(String group) {
        Set<String> members = new TreeSet<>();
        if (group == null) {
            return members;
        }
        for (GroupMemberRow row : ao.find(GroupMemberRow.class, Query.select("ID, " + GroupMemberRow.USER_KEY)
                .where(GroupMemberRow.GROUP_NAME + " = ?", group))) {
            members.add(row.getUserKey());
        }
        return members;
    }

    /** The groups the user is in. */
    public Set<String> groupsOf(String userKey) {
        Set<String> groups = new TreeSet<>();
        for (GroupMemberRow row : ao.find(GroupMemberRow.class, Query.select("ID, " + GroupMemberRow.GROUP_NAME)
                .where(GroupMemberRow.USER_KEY + " = ?", userKey))) {
            groups.add(row.getGroupName());
        }
        return groups;
    }
}
