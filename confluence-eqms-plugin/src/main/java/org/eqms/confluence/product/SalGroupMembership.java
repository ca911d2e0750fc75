package org.eqms.confluence.product;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Objects;
import javax.inject.Inject;
import javax.inject.Named;
import org.eqms.document.GroupMembership;

/** Group membership asked of SAL's {@link UserManager#isUserInGroup}; no user key or no group is never a member. */
@Named
public class SalGroupMembership implements GroupMembership {
    private final UserManager userManager;

    @Inject
    public SalGroupMembership(@ComponentImport UserManager userManager) {
        this.userManager = Objects.requireNonNull(userManager, "userManager");
    }

    @Override
    public boolean isMember(String userKey, String group) {
        if (userKey == null || userKey.isBlank() || group == null || group.isBlank()) {
            return false;
        }
        return userManager.isUserInGroup(new UserKey(userKey), group);
    }
}
