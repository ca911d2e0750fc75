package org.eqms.signature;

/**
 * Port: checks the secret component against the host's credentials (SAL {@code UserManager.authenticate} in the
 * products). Users the host signs in through SSO have no password here; they use TOTP instead.
 */
public interface ReAuthenticator {
    boolean hasPassword(Signer signer);

    boolean checkPassword(Signer signer, String password);
}
