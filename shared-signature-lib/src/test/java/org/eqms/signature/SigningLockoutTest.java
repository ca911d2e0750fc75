package org.eqms.signature;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.testing.ActiveObjectsTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.signature.SigningFixture.BOB;
import static org.eqms.signature.SigningFixture.CAROL;

/**
 * 21 CFR 11.300(d): five failed re-authentications within the window lock the user's signing, are audited and
 * alert the administrators at once; a locked user cannot sign even with the right password.
 */
class SigningLockoutTest {
    private static final Credentials WRONG = Credentials.password("bob", "not-bobs-password");

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void fourWrongPasswordsAreRefusedWithTheAttemptsLeftAndTheFifthLocksSigning(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(BOB);

        for (int left = 4; left >= 1; left--) {
            SigningRefusedException refused = f.refused(SigningRefusal.WRONG_CREDENTIALS,
                    () -> f.sign(BOB, challenge, WRONG, "s1"));
            assertThat(refused.getMessage()).contains(left + " attempt(s) left");
            assertThat(f.lockouts().activeLockout(BOB)).isEmpty();
            f.clock.advance(Duration.ofSeconds(10));
        }
        SigningRefusedException locked = f.refused(SigningRefusal.LOCKED, () -> f.sign(BOB, challenge, WRONG, "s1"));

        assertThat(locked.getMessage()).contains("locked");
        Lockout lockout = f.lockouts().activeLockout(BOB).orElseThrow();
        assertThat(lockout.lockedAt()).isEqualTo(f.clock.instant());
        assertThat(lockout.unlockRequestedBy()).isNull();
        assertThat(f.lockouts().activeLockouts()).containsExactly(lockout);
        assertThat(f.signatureRows()).isZero();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    @Clause("21CFR11.10(e)")
    void theLockoutIsAuditedAfterEveryFailedAttemptAndAlertsTheAdministratorsOnce(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        lockBob(f);

        List<JsonNode> failures = f.entries(SignatureActions.REAUTH_FAILED);
        assertThat(failures).hasSize(5);
        assertThat(failures).extracting(e -> e.get("data").get("failuresInWindow").asInt()).containsExactly(1, 2, 3, 4, 5);
        assertThat(failures).allSatisfy(e -> {
            assertThat(e.get("actor").get("userKey").asText()).isEqualTo(BOB);
            assertThat(e.get("object").get("type").asText()).isEqualTo(SignatureActions.USER_OBJECT_TYPE);
            assertThat(e.get("object").get("id").asText()).isEqualTo(BOB);
            assertThat(e.get("data").get("clientIp").asText()).isEqualTo(SigningFixture.IP);
        });
        List<JsonNode> locked = f.entries(SignatureActions.LOCKED);
        assertThat(locked).hasSize(1);
        assertThat(locked.get(0).get("data").get("changes").get("signing").get("new").asText()).isEqualTo("locked");
        assertThat(locked.get(0).get("data").get("failuresInWindow").asInt()).isEqualTo(5);
        assertThat(locked.get(0).get("seq").asLong()).isEqualTo(failures.get(4).get("seq").asLong() + 1);
        assertThat(f.ports.alerts()).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo("esign.lockout");
            assertThat(alert.userKey()).isEqualTo(BOB);
            assertThat(alert.message()).contains("Bob Approver").contains("5 failed attempts");
            assertThat(alert.time()).isEqualTo(f.clock.instant());
        });
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void aLockedUserCanNeitherGetAChallengeNorSignEvenWithTheRightPassword(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge issuedBefore = f.challenge(BOB);
        lockBob(f);

        f.refused(SigningRefusal.LOCKED, () -> f.challenge(BOB));
        f.refused(SigningRefusal.LOCKED,
                () -> f.sign(BOB, issuedBefore, Credentials.password("bob", "bob-pw"), "s1"));
        f.refused(SigningRefusal.LOCKED,
                () -> f.sign(BOB, issuedBefore, WRONG, "s1"));

        assertThat(f.entries(SignatureActions.REFUSED)).extracting(e -> e.get("data").get("refusal").asText())
                .as("the refused challenge and both refused signings are audited").containsExactly("LOCKED", "LOCKED", "LOCKED");
        assertThat(f.entries(SignatureActions.REFUSED).get(0).get("data").get("step").asText()).isEqualTo("challenge");
        assertThat(f.entries(SignatureActions.REAUTH_FAILED)).as("a locked user's attempts are not re-checked").hasSize(5);
        assertThat(f.entries(SignatureActions.LOCKED)).hasSize(1);
        assertThat(f.ports.alerts()).hasSize(1);
        // other users are not affected
        assertThat(f.sign(CAROL, f.challenge(CAROL), Credentials.password("carol", "carol-pw"), "s2").sealed()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void failuresFurtherApartThanTheWindowDoNotAddUp(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(BOB);
        for (int i = 0; i < 4; i++) {
            f.refused(SigningRefusal.WRONG_CREDENTIALS, () -> f.sign(BOB, challenge, WRONG, "s1"));
        }
        f.clock.advance(SigningPolicy.DEFAULT.lockoutWindow().plusSeconds(1));
        SigningChallenge later = f.challenge(BOB);

        for (int left = 4; left >= 1; left--) {
            SigningRefusedException refused = f.refused(SigningRefusal.WRONG_CREDENTIALS,
                    () -> f.sign(BOB, later, WRONG, "s1"));
            assertThat(refused.getMessage()).contains(left + " attempt(s) left");
        }

        assertThat(f.lockouts().activeLockout(BOB)).isEmpty();
        assertThat(f.entries(SignatureActions.LOCKED)).isEmpty();
        assertThat(f.ports.alerts()).isEmpty();
        assertThat(f.sign(BOB, later, Credentials.password("bob", "bob-pw"), "s1").sealed()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void fiveFailuresSpreadOverLessThanTheWindowLock(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        Duration step = SigningPolicy.DEFAULT.lockoutWindow().minusSeconds(1).dividedBy(4);
        Instant first = f.clock.instant();
        for (int i = 0; i < 4; i++) {
            SigningChallenge challenge = f.challenge(BOB);
            f.refused(SigningRefusal.WRONG_CREDENTIALS, () -> f.sign(BOB, challenge, WRONG, "s1"));
            f.clock.advance(step);
        }
        assertThat(Duration.between(first, f.clock.instant())).isLessThan(SigningPolicy.DEFAULT.lockoutWindow());

        f.refused(SigningRefusal.LOCKED, () -> f.sign(BOB, f.challenge(BOB), WRONG, "s1"));

        assertThat(f.lockouts().activeLockout(BOB)).isPresent();
        assertThat(f.ports.alerts()).hasSize(1);
    }

    /** Five wrong passwords in a row. */
    static void lockBob(SigningFixture f) {
        SigningChallenge challenge = f.challenge(BOB);
        for (int i = 0; i < 4; i++) {
            f.refused(SigningRefusal.WRONG_CREDENTIALS, () -> f.sign(BOB, challenge, WRONG, "s1"));
        }
        f.refused(SigningRefusal.LOCKED, () -> f.sign(BOB, challenge, WRONG, "s1"));
        assertThat(f.lockouts().activeLockout(BOB)).isPresent();
    }
}
