package org.eqms.confluence.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.user.ConfluenceUser;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.user.Group;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** {@link ConfluenceGroupRoster}: a group's member names from Confluence, as user keys. */
class ConfluenceGroupRosterTest {
    private final UserAccessor users = mock(UserAccessor.class);
    private final ConfluenceGroupRoster roster = new ConfluenceGroupRoster(users);

    @Test
    void membersAreTheUserKeysOfTheGroupsMemberNames() {
        Group approvers = mock(Group.class);
        when(users.getGroup("approvers")).thenReturn(approvers);
        when(users.getMemberNamesAsList(approvers)).thenReturn(Arrays.asList("bob", "carol", "gone", null));
        user("bob", "u-bob");
        user("carol", "u-carol");

        assertThat(roster.membersOf("approvers")).containsExactly("u-bob", "u-carol");
    }

    @Test
    void anUnknownOrBlankGroupHasNoMembers() {
        assertThat(roster.membersOf("nobody")).isEmpty();
        assertThat(roster.membersOf(" ")).isEmpty();
        assertThat(roster.membersOf(null)).isEmpty();
    }

    private void user(String name, String key) {
        ConfluenceUser user = mock(ConfluenceUser.class);
        when(user.getKey()).thenReturn(new UserKey(key));
        when(users.getUserByName(name)).thenReturn(user);
    }
}
