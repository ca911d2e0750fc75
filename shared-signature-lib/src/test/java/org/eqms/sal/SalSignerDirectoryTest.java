package org.eqms.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.compliance.Clause;
import org.eqms.signature.Signer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@ExtendWith(MockitoExtension.class)
class SalSignerDirectoryTest {
    @Mock
    UserManager userManager;

    @Test
    @Clause("21CFR11.100(a)")
    void signersAreLookedUpByTheirImmutableKeyWithThePrintedFullName() {
        UserProfile bob = profile("JIRAUSER10100", "bob", "Bob Approver");
        when(userManager.getUserProfile(new UserKey("JIRAUSER10100"))).thenReturn(bob);
        SalSignerDirectory directory = new SalSignerDirectory(userManager, key -> false);

        assertThat(directory.byKey("JIRAUSER10100")).contains(new Signer("JIRAUSER10100", "bob", "Bob Approver"));
        assertThat(directory.byKey("unknown")).isEmpty();
        assertThat(directory.byKey(" ")).isEmpty();
    }

    @Test
    void aUserWithoutAFullNameSignsWithTheUsername() {
        UserProfile erin = profile("k-erin", "erin", " ");
        when(userManager.getUserProfile(new UserKey("k-erin"))).thenReturn(erin);

        assertThat(new SalSignerDirectory(userManager, key -> false).byKey("k-erin").orElseThrow().fullName()).isEqualTo("erin");
    }

    @Test
    @Clause("21CFR11.200(a)(1)")
    void thePasswordComponentIsCheckedBySalAuthenticate() {
        when(userManager.authenticate("bob", "right")).thenReturn(true);
        SalSignerDirectory directory = new SalSignerDirectory(userManager, key -> false);
        Signer bob = new Signer("k-bob", "bob", "Bob");

        assertThat(directory.hasPassword(bob)).isTrue();
        assertThat(directory.checkPassword(bob, "right")).isTrue();
        assertThat(directory.checkPassword(bob, "wrong")).isFalse();
        assertThat(directory.checkPassword(bob, null)).isFalse();
    }

    @Test
    void ssoUsersHaveNoPasswordComponentAndAreNeverSentToAuthenticate() {
        SalSignerDirectory directory = new SalSignerDirectory(userManager, Set.of("k-sam")::contains);
        Signer sam = new Signer("k-sam", "sam", "Sam");

        assertThat(directory.hasPassword(sam)).isFalse();
        assertThat(directory.hasPassword(new Signer("k-bob", "bob", "Bob"))).isTrue();
        verify(userManager, never()).authenticate(org.mockito.ArgumentMatchers.anyString(), org.mockito.ArgumentMatchers.anyString());
    }

    @Test
    void systemAdministratorsAndAdministratorsAreAdmins() {
        when(userManager.isSystemAdmin(new UserKey("k-sys"))).thenReturn(true);
        when(userManager.isAdmin(new UserKey("k-admin"))).thenReturn(true);
        SalSignerDirectory directory = new SalSignerDirectory(userManager, key -> false);

        assertThat(directory.isAdmin("k-sys")).isTrue();
        assertThat(directory.isAdmin("k-admin")).isTrue();
        assertThat(directory.isAdmin("k-bob")).isFalse();
    }

    private static UserProfile profile(String key, String username, String fullName) {
        UserProfile profile = mock(UserProfile.class);
        when(profile.getUsername()).thenReturn(username);
        when(profile.getFullName()).thenReturn(fullName);
        return profile;
    }
}
