package org.eqms.confluence.wiring;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.user.Group;
import org.eqms.document.GroupRoster;

/**
 * A group's members now, asked of Confluence's {@link UserAccessor}: the user names of its members (direct or through
 * nested groups), resolved to user keys. An unknown group, or a member name that no longer resolves to a user, adds
 * nobody. Meant for the groups a QMS names (approvers, trainees), not for the product's all-users groups: Confluence
 * lists every member name at once.
 */
final class ConfluenceGroupRoster implements GroupRoster {
    private final UserAccessor userAccessor;

    ConfluenceGroupRoster(UserAccessor userAccessor) {
        this.userAccessor = Objects.requireNonNull(userAccessor, "userAccessor");
    }

    @Override
    public Set<String> membersOf(String group) {
        if (group == null || group.isBlank()) {
            return Set.of();
        }
        Group found = userAccessor.getGroup(group);
        if (found == null) {
            return Set.of();
        }
        List<String> names = userAccessor.getMemberNamesAsList(found);
        Set<String> keys = new TreeSet<>();
        for (String name : names == null ? List.<String>of() : names) {
            ConfluenceUser user = name == null ? null : userAccessor.getUserByName(name);
            if (user != null && user.getKey() != null) {
                keys.add(user.getKey().getStringValue());
            }
        }
        return Collections.unmodifiableSet(keys);
    }
}
