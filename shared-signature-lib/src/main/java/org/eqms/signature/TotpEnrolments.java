package org.eqms.signature;

import org.eqms.audit.AuditData;
import org.eqms.audit.AuditTrail;
import org.eqms.audit.Transactions;
import org.eqms.audit.keys.AesGcmKeyWrap;
import org.eqms.audit.keys.KeyEncryptionKeySource;
import org.eqms.signature.totp.Base32;
import org.eqms.signature.totp.Totp;
import org.eqms.signature.totp.TotpEnrolment;
import org.eqms.signature.totp.TotpParameters;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.OptionalLong;

/**
 * Enrols a user's authenticator app as the secret signing component where SSO leaves no password: a new secret
 * is shown once (otpauth URI) and only becomes usable once the user proves it with a valid code. Audited.
 */
public final class TotpEnrolments {
    private final TotpStore store;
    private final SignerDirectory directory;
    private final KeyEncryptionKeySource kek;
    private final AuditTrail audit;
    private final Transactions transactions;
    private final Clock clock;
    private final SecureRandom random;
    private final String issuer;

    public TotpEnrolments(TotpStore store, SignerDirectory directory, KeyEncryptionKeySource kek, AuditTrail audit,
                          Transactions transactions, Clock clock, SecureRandom random, String issuer) {
        this.store = store;
        this.directory = directory;
        this.kek = kek;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
        this.random = random;
        this.issuer = issuer;
    }

    /** Whether the user has a confirmed authenticator (a pending, unconfirmed enrolment does not count). */
    public boolean isEnrolled(String userKey) {
        return confirmedIn(store).test(userKey);
    }

    /**
     * Who signs with an authenticator code rather than a password: users with a confirmed enrolment in {@code store}
     * (those SSO leaves without a password enrol; everyone else keeps re-entering the password).
     */
    public static java.util.function.Predicate<String> confirmedIn(TotpStore store) {
        return userKey -> store.find(userKey).map(TotpStore.TotpSecret::confirmed).orElse(false);
    }

    /**
     * Starts (or restarts) enrolment. A restart replaces the previous secret at once: TOTP signing works again
     * only after the new secret is confirmed. The restart is audited.
     */
    public Enrolment begin(String userKey) {
        Signer signer = signer(userKey);
        byte[] secret = TotpEnrolment.newSecret(random);
        byte[] wrapped = AesGcmKeyWrap.wrap(kek.keyEncryptionKey(), secret, SecretComponentCheck.totpAad(userKey), random);
        transactions.run(() -> {
            store.save(new TotpStore.TotpSecret(userKey, wrapped, false, -1));
            audit.record(SigningLockouts.actor(signer), SignatureActions.TOTP_ENROLMENT_STARTED,
                    SigningLockouts.userObject(userKey), AuditData.empty());
        });
        audit.flush();
        return new Enrolment(Base32.encode(secret),
                TotpEnrolment.otpauthUri(issuer, signer.username(), secret, TotpParameters.DEFAULT));
    }

    /** Confirms enrolment with a code from the app; returns false (and changes nothing) for a wrong code. */
    public boolean confirm(String userKey, String code) {
        Signer signer = signer(userKey);
        TotpStore.TotpSecret pending = store.find(userKey).orElseThrow(() ->
                new SigningRefusedException(SigningRefusal.TOTP_NOT_ENROLLED, "start enrolment first"));
        byte[] secret = AesGcmKeyWrap.unwrap(kek.keyEncryptionKey(), pending.wrappedSecret(),
                SecretComponentCheck.totpAad(userKey));
        OptionalLong step = code == null ? OptionalLong.empty()
                : Totp.matchingStep(secret, code.trim(), clock.instant(), TotpParameters.DEFAULT, SecretComponentCheck.TOTP_WINDOW);
        if (step.isEmpty() || step.getAsLong() <= pending.lastStep()) {
            return false; // a used code (or an older one) must not move the replay guard back
        }
        transactions.run(() -> {
            store.save(new TotpStore.TotpSecret(userKey, pending.wrappedSecret(), true, step.getAsLong()));
            audit.record(SigningLockouts.actor(signer), SignatureActions.TOTP_ENROLLED,
                    SigningLockouts.userObject(userKey), AuditData.empty().change("totp", "none", "enrolled"));
        });
        audit.flush();
        return true;
    }

    private Signer signer(String userKey) {
        return directory.byKey(userKey).orElseThrow(() ->
                new SigningRefusedException(SigningRefusal.UNKNOWN_SIGNER, "unknown user"));
    }

    /** The secret (Base32, for manual entry) and the otpauth URI (for a QR code). Shown once. */
    public record Enrolment(String secretBase32, String otpauthUri) {
        @Override
        public String toString() {
            return "Enrolment[***]";
        }
    }
}
