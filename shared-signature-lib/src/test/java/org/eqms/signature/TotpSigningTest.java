package org.eqms.signature;

import com.atlassian.activeobjects.external.ActiveObjects;
import net.java.ao.Query;
import org.eqms.audit.canonical.Base64Url;
import org.eqms.audit.keys.AesGcmKeyWrap;
import org.eqms.compliance.Clause;
import org.eqms.signature.totp.Base32;
import org.eqms.signature.totp.Totp;
import org.eqms.signature.totp.TotpParameters;
import org.eqms.store.ao.entity.TotpSecretRow;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.signature.SigningFixture.SAM;

/**
 * Users the host signs in through SSO have no password: their second component is an enrolled TOTP
 * authenticator (RFC 6238). Codes are single-use and the secret is stored only wrapped.
 */
class TotpSigningTest {
    private static final Duration STEP = TotpParameters.DEFAULT.step();

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    void anSsoUserWithoutAnEnrolledAuthenticatorCannotSign(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(SAM);

        f.refused(SigningRefusal.TOTP_NOT_ENROLLED, () -> f.sign(SAM, challenge, Credentials.totp("sso-sam", "123456"), "s1"));
        f.signing.totp().begin(SAM);
        f.refused(SigningRefusal.TOTP_NOT_ENROLLED, () -> f.sign(SAM, challenge, Credentials.totp("sso-sam", "123456"), "s1"));

        assertThat(f.entries(SignatureActions.REFUSED)).extracting(e -> e.get("data").get("refusal").asText())
                .containsExactly("TOTP_NOT_ENROLLED", "TOTP_NOT_ENROLLED");
        assertThat(f.entries(SignatureActions.REAUTH_FAILED)).isEmpty();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    void enrolmentShowsTheSecretOnceAndIsConfirmedOnlyByAValidCode(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);

        TotpEnrolments.Enrolment enrolment = f.signing.totp().begin(SAM);

        assertThat(enrolment.secretBase32()).matches("[A-Z2-7]{32}");
        assertThat(enrolment.otpauthUri()).isEqualTo("otpauth://totp/eQMS:sso-sam?secret=" + enrolment.secretBase32()
                + "&issuer=eQMS&algorithm=SHA1&digits=6&period=30");
        assertThat(enrolment.toString()).doesNotContain(enrolment.secretBase32());
        byte[] secret = Base32.decode(enrolment.secretBase32());
        assertThat(f.signing.totp().confirm(SAM, wrongCode(secret, f.clock.instant()))).isFalse();
        assertThat(f.signing.totp().confirm(SAM, null)).isFalse();
        assertThat(ao.get(TotpSecretRow.class, SAM).isConfirmed()).isFalse();

        assertThat(f.signing.totp().confirm(SAM, code(secret, f.clock.instant()))).isTrue();

        assertThat(ao.get(TotpSecretRow.class, SAM).isConfirmed()).isTrue();
        assertThat(f.actions()).containsSubsequence(SignatureActions.TOTP_ENROLMENT_STARTED, SignatureActions.TOTP_ENROLLED);
        assertThat(f.entries(SignatureActions.TOTP_ENROLLED)).hasSize(1);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    @Clause("21CFR11.300(d)")
    void anEnrolledSsoUserSignsWithIdAndTotpAndEachCodeWorksOnlyOnce(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        byte[] secret = enrol(f);
        f.clock.advance(STEP);
        String code = code(secret, f.clock.instant());

        SignatureRecord first = f.sign(SAM, f.challenge(SAM), Credentials.totp("sso-sam", code), "s1");

        assertThat(first.authMethod()).isEqualTo("id+totp");
        assertThat(first.signerName()).isEqualTo("Sam Single-Sign-On");
        assertThat(first.sealed()).isTrue();
        SigningRefusedException replayed = f.refused(SigningRefusal.WRONG_CREDENTIALS,
                () -> f.sign(SAM, f.challenge(SAM), Credentials.totp("sso-sam", code), "s2"));
        assertThat(replayed.getMessage()).contains("4 attempt(s) left");
        assertThat(f.entries(SignatureActions.REAUTH_FAILED)).hasSize(1);

        f.clock.advance(STEP);
        SignatureRecord second = f.sign(SAM, f.challenge(SAM), Credentials.totp("sso-sam", code(secret, f.clock.instant())), "s2");

        assertThat(second.authMethod()).isEqualTo("id+totp");
        assertThat(f.signatures().forObject(SigningFixture.DOC_TYPE, SigningFixture.DOC_ID)).containsExactly(first, second);
        assertThat(TestLedger.verifyFile(TestLedger.export(f.ledger)).valid()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void theCodeThatConfirmedEnrolmentCannotAlsoSign(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        TotpEnrolments.Enrolment enrolment = f.signing.totp().begin(SAM);
        String confirming = code(Base32.decode(enrolment.secretBase32()), f.clock.instant());
        f.signing.totp().confirm(SAM, confirming);

        f.refused(SigningRefusal.WRONG_CREDENTIALS,
                () -> f.sign(SAM, f.challenge(SAM), Credentials.totp("sso-sam", confirming), "s1"));
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    void laterSigningsInTheSessionNeedOnlyTheTotpCode(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        byte[] secret = enrol(f);
        f.clock.advance(STEP);
        f.sign(SAM, f.challenge(SAM), Credentials.totp("sso-sam", code(secret, f.clock.instant())), "s1");
        f.clock.advance(STEP);
        String next = code(secret, f.clock.instant());

        f.refused(SigningRefusal.MISSING_COMPONENT,
                () -> f.sign(SAM, f.challenge(SAM), new Credentials(null, null, next), "s-other"));
        SignatureRecord inSession = f.sign(SAM, f.challenge(SAM), new Credentials(null, null, next), "s1");

        assertThat(inSession.authMethod()).isEqualTo("totp");
        f.refused(SigningRefusal.MISSING_COMPONENT,
                () -> f.sign(SAM, f.challenge(SAM), Credentials.totp("sso-sam", " "), "s1"));
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300")
    void theTotpSecretIsStoredOnlyWrappedUnderTheKeyEncryptionKey(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        TotpEnrolments.Enrolment enrolment = f.signing.totp().begin(SAM);
        byte[] secret = Base32.decode(enrolment.secretBase32());

        TotpSecretRow[] rows = ao.find(TotpSecretRow.class, Query.select());

        assertThat(rows).hasSize(1);
        String stored = rows[0].getWrappedSecret();
        assertThat(stored).doesNotContainIgnoringCase(enrolment.secretBase32())
                .doesNotContain(Base64Url.encode(secret));
        byte[] wrapped = Base64Url.decode(stored);
        assertThat(indexOf(wrapped, secret)).as("raw secret inside the stored bytes").isEqualTo(-1);
        assertThat(wrapped.length).isEqualTo(AesGcmKeyWrap.NONCE_LENGTH + secret.length + AesGcmKeyWrap.TAG_LENGTH);
        // it is the secret, wrapped under the host's key-encryption key and bound to the user
        assertThat(AesGcmKeyWrap.unwrap(TestLedger.KEK.keyEncryptionKey(), wrapped, SecretComponentCheck.totpAad(SAM)))
                .isEqualTo(secret);
        assertThat(TestLedger.text(TestLedger.export(f.ledger))).doesNotContain(enrolment.secretBase32());
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void confirmingAgainCannotRollBackTheLastUsedStepToReplayAUsedCode(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        byte[] secret = enrol(f);
        f.clock.advance(STEP);
        String used = code(secret, f.clock.instant());
        f.sign(SAM, f.challenge(SAM), Credentials.totp("sso-sam", used), "s1");

        // the previous step's code is still inside the ±1 window, but older than the code already used
        assertThat(f.signing.totp().confirm(SAM, code(secret, f.clock.instant().minus(STEP)))).isFalse();
        assertThat(f.signing.totp().confirm(SAM, used)).isFalse();

        f.refused(SigningRefusal.WRONG_CREDENTIALS,
                () -> f.sign(SAM, f.challenge(SAM), Credentials.totp("sso-sam", used), "s2"));
        assertThat(f.entries(SignatureActions.SIGNED)).hasSize(1);
    }

    private static byte[] enrol(SigningFixture f) {
        TotpEnrolments.Enrolment enrolment = f.signing.totp().begin(SAM);
        byte[] secret = Base32.decode(enrolment.secretBase32());
        assertThat(f.signing.totp().confirm(SAM, code(secret, f.clock.instant()))).isTrue();
        return secret;
    }

    static String code(byte[] secret, Instant at) {
        return Totp.code(secret, at, TotpParameters.DEFAULT);
    }

    /** A code no step in the accepted window (±1) produces. */
    private static String wrongCode(byte[] secret, Instant at) {
        Set<String> valid = Set.of(code(secret, at.minus(STEP)), code(secret, at), code(secret, at.plus(STEP)));
        for (int i = 0; ; i++) {
            String candidate = String.format("%06d", i);
            if (!valid.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

}
