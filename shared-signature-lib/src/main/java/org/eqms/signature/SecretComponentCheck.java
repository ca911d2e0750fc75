package org.eqms.signature;

import org.eqms.audit.keys.AesGcmKeyWrap;
import org.eqms.audit.keys.KeyEncryptionKeySource;
import org.eqms.signature.totp.Totp;
import org.eqms.signature.totp.TotpParameters;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Checks the secret component: the password through the host, or, for users without one (SSO), a TOTP code
 * (RFC 6238, ±1 step) that must be newer than the last code used, so a code cannot be replayed.
 */
public final class SecretComponentCheck {
    static final int TOTP_WINDOW = 1;

    private final ReAuthenticator reAuthenticator;
    private final TotpStore totpStore;
    private final KeyEncryptionKeySource kek;

    public SecretComponentCheck(ReAuthenticator reAuthenticator, TotpStore totpStore, KeyEncryptionKeySource kek) {
        this.reAuthenticator = reAuthenticator;
        this.totpStore = totpStore;
        this.kek = kek;
    }

    /** The method used, e.g. {@code password}; empty when the secret is wrong. Refuses a missing or impossible secret. */
    /** The secret component this signer types: {@code "password"}, or {@code "totp"} where SSO leaves no password. */
    public String componentFor(Signer signer) {
        return reAuthenticator.hasPassword(signer) ? "password" : "totp";
    }

    public Optional<Verified> verify(Signer signer, Credentials credentials, Instant now) {
        if (reAuthenticator.hasPassword(signer)) {
            if (credentials.password() == null || credentials.password().isEmpty()) {
                throw new SigningRefusedException(SigningRefusal.MISSING_COMPONENT, "enter your password to sign");
            }
            return reAuthenticator.checkPassword(signer, credentials.password())
                    ? Optional.of(new Verified("password", null)) : Optional.empty();
        }
        TotpStore.TotpSecret secret = totpStore.find(signer.userKey()).filter(TotpStore.TotpSecret::confirmed)
                .orElseThrow(() -> new SigningRefusedException(SigningRefusal.TOTP_NOT_ENROLLED,
                        "this account signs in through SSO and has no authenticator enrolled"));
        if (credentials.totpCode() == null || credentials.totpCode().isBlank()) {
            throw new SigningRefusedException(SigningRefusal.MISSING_COMPONENT, "enter the code from your authenticator app");
        }
        byte[] key = AesGcmKeyWrap.unwrap(kek.keyEncryptionKey(), secret.wrappedSecret(), totpAad(signer.userKey()));
        OptionalLong step = Totp.matchingStep(key, credentials.totpCode().trim(), now, TotpParameters.DEFAULT, TOTP_WINDOW);
        if (step.isEmpty() || step.getAsLong() <= secret.lastStep()) {
            return Optional.empty();
        }
        return Optional.of(new Verified("totp", step.getAsLong()));
    }

    /** Records that the TOTP step was used, so the same code is refused next time. */
    public void consume(Signer signer, Verified verified) {
        if (verified.totpStep() == null) {
            return;
        }
        TotpStore.TotpSecret secret = totpStore.find(signer.userKey()).orElseThrow();
        totpStore.save(new TotpStore.TotpSecret(secret.userKey(), secret.wrappedSecret(), true, verified.totpStep()));
    }

    static byte[] totpAad(String userKey) {
        return ("eqms-totp:" + userKey).getBytes(StandardCharsets.UTF_8);
    }

    /** A verified secret: the method name and, for TOTP, the time step used. */
    public record Verified(String method, Long totpStep) {
    }
}
