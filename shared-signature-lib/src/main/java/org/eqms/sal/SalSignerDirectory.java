package org.eqms.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.eqms.signature.ReAuthenticator;
import org.eqms.signature.Signer;
import org.eqms.signature.SignerDirectory;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * The signing ports on SAL's {@link UserManager}, shared by the Confluence and Jira apps: users by their
 * immutable key, administrators (system or product admin), and the password component checked with
 * {@code UserManager.authenticate}. Users the host signs in through SSO (decided by {@code signsWithTotp})
 * have no password to re-enter and use TOTP instead.
 */
public final class SalSignerDirectory implements SignerDirectory, ReAuthenticator {
    private final UserManager userManager;
    private final Predicate<String> signsWithTotp;

    public SalSignerDirectory(UserManager userManager, Predicate<String> signsWithTotp) {
        this.userManager = userManager;
        this.signsWithTotp = signsWithTotp;
    }

    @Override
    public Optional<Signer> byKey(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        if (profile == null) {
            return Optional.empty();
        }
        String fullName = profile.getFullName() == null || profile.getFullName().isBlank()
                ? profile.getUsername() : profile.getFullName();
        return Optional.of(new Signer(userKey, profile.getUsername(), fullName));
    }

    @Override
    public boolean isAdmin(String userKey) {
        UserKey key = new UserKey(userKey);
        return userManager.isSystemAdmin(key) || userManager.isAdmin(key);
    }

    @Override
    public boolean hasPassword(Signer signer) {
        return !signsWithTotp.test(signer.userKey());
    }

    @Override
    public boolean checkPassword(Signer signer, String password) {
        return password != null && userManager.authenticate(signer.username(), password);
    }
}
