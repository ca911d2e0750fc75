package org.eqms.confluence.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.audit.Actor;
import org.junit.jupiter.api.Test;

class SalAdaptersTest {
    private final UserManager userManager = mock(UserManager.class);

    @Test
    void groupMembershipIsSalsAnswerForTheUserKey() {
        when(userManager.isUserInGroup(new UserKey("u-bob"), "approvers")).thenReturn(true);
        SalGroupMembership membership = new SalGroupMembership(userManager);

        assertThat(membership.isMember("u-bob", "approvers")).isTrue();
        assertThat(membership.isMember("u-bob", "authors")).isFalse();
        assertThat(membership.isMember("u-alice", "approvers")).isFalse();
        assertThat(membership.isMember(null, "approvers")).isFalse();
        assertThat(membership.isMember("u-bob", " ")).isFalse();
    }

    @Test
    void theActorIsPrintedWithTheFullNameSalKnowsNow() {
        UserProfile bob = mock(UserProfile.class);
        when(bob.getFullName()).thenReturn("Bob Approver");
        when(userManager.getUserProfile(new UserKey("u-bob"))).thenReturn(bob);

        assertThat(new SalDocumentActors(userManager).actor("u-bob")).isEqualTo(new Actor("u-bob", "Bob Approver"));
    }

    @Test
    void aUserSalNoLongerKnowsIsPrintedAsItsKey() {
        UserProfile nameless = mock(UserProfile.class);
        when(userManager.getUserProfile(new UserKey("u-nameless"))).thenReturn(nameless);
        SalDocumentActors actors = new SalDocumentActors(userManager);

        assertThat(actors.actor("u-gone")).isEqualTo(new Actor("u-gone", "u-gone"));
        assertThat(actors.actor("u-nameless")).isEqualTo(new Actor("u-nameless", "u-nameless"));
    }
}
