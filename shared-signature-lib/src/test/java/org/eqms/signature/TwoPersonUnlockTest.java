package org.eqms.signature;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.testing.ActiveObjectsTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.signature.SigningFixture.ADAM;
import static org.eqms.signature.SigningFixture.ANN;
import static org.eqms.signature.SigningFixture.BOB;
import static org.eqms.signature.SigningFixture.CAROL;
import static org.eqms.signature.SigningFixture.IP;
import static org.eqms.signature.SigningLockoutTest.lockBob;

/** Unlocking a user's signing takes two different administrators (two-person rule); both steps are audited. */
class TwoPersonUnlockTest {
    private static final String REASON = "Bob confirmed by phone he mistyped; ticket HD-4711";

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    @Clause("21CFR11.10(g)")
    void aNonAdministratorCanNeitherRequestNorApproveAnUnlock(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        lockBob(f);

        f.refused(SigningRefusal.NOT_ADMIN, () -> f.lockouts().requestUnlock(CAROL, BOB, REASON, IP));
        f.refused(SigningRefusal.NOT_ADMIN, () -> f.lockouts().requestUnlock(BOB, BOB, REASON, IP));
        f.refused(SigningRefusal.NOT_ADMIN, () -> f.lockouts().requestUnlock("u-nobody", BOB, REASON, IP));
        f.lockouts().requestUnlock(ANN, BOB, REASON, IP);
        f.refused(SigningRefusal.NOT_ADMIN, () -> f.lockouts().approveUnlock(CAROL, BOB, IP));

        assertThat(f.lockouts().activeLockout(BOB)).isPresent();
        assertThat(f.entries(SignatureActions.UNLOCKED)).isEmpty();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void theAdministratorWhoRequestedTheUnlockCannotApproveIt(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        lockBob(f);
        f.lockouts().requestUnlock(ANN, BOB, REASON, IP);

        SigningRefusedException refused = f.refused(SigningRefusal.SECOND_ADMIN_REQUIRED,
                () -> f.lockouts().approveUnlock(ANN, BOB, IP));

        assertThat(refused.getMessage()).contains("cannot also approve");
        Lockout lockout = f.lockouts().activeLockout(BOB).orElseThrow();
        assertThat(lockout.unlockRequestedBy()).isEqualTo(ANN);
        assertThat(lockout.unlockReason()).isEqualTo(REASON);
        assertThat(f.entries(SignatureActions.UNLOCKED)).isEmpty();
        f.refused(SigningRefusal.LOCKED, () -> f.challenge(BOB));
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void anApprovalWithoutARequestIsRefused(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        lockBob(f);

        f.refused(SigningRefusal.SECOND_ADMIN_REQUIRED, () -> f.lockouts().approveUnlock(ADAM, BOB, IP));

        assertThat(f.lockouts().activeLockout(BOB)).isPresent();
        assertThat(f.entries(SignatureActions.UNLOCKED)).isEmpty();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void anUnlockNeedsAReasonAndALockedUser(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);

        f.refused(SigningRefusal.NOT_LOCKED, () -> f.lockouts().requestUnlock(ANN, BOB, REASON, IP));
        f.refused(SigningRefusal.NOT_LOCKED, () -> f.lockouts().approveUnlock(ADAM, BOB, IP));
        lockBob(f);
        f.refused(SigningRefusal.REASON_REQUIRED, () -> f.lockouts().requestUnlock(ANN, BOB, " ", IP));

        assertThat(f.entries(SignatureActions.UNLOCK_REQUESTED)).isEmpty();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void administratorsCannotUnlockTheirOwnSigning(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(ANN);
        for (int i = 0; i < SigningPolicy.DEFAULT.lockoutThreshold(); i++) {
            try {
                f.sign(ANN, challenge, Credentials.password("ann", "wrong"), "s1");
            } catch (SigningRefusedException expected) {
                // counted
            }
        }
        assertThat(f.lockouts().activeLockout(ANN)).isPresent();

        f.refused(SigningRefusal.NOT_ADMIN, () -> f.lockouts().requestUnlock(ANN, ANN, REASON, IP));
        f.lockouts().requestUnlock(ADAM, ANN, REASON, IP);
        f.refused(SigningRefusal.NOT_ADMIN, () -> f.lockouts().approveUnlock(ANN, ANN, IP));

        assertThat(f.lockouts().activeLockout(ANN)).isPresent();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    @Clause("21CFR11.10(e)")
    void aSecondAdministratorsApprovalUnlocksAndBothStepsAreAudited(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        lockBob(f);
        f.clock.advance(Duration.ofMinutes(2));
        f.lockouts().requestUnlock(ANN, BOB, REASON, IP);
        f.clock.advance(Duration.ofMinutes(3));

        f.lockouts().approveUnlock(ADAM, BOB, "10.9.9.9");

        assertThat(f.lockouts().activeLockout(BOB)).isEmpty();
        assertThat(f.lockouts().activeLockouts()).isEmpty();
        List<JsonNode> requested = f.entries(SignatureActions.UNLOCK_REQUESTED);
        assertThat(requested).singleElement().satisfies(e -> {
            assertThat(e.get("actor").get("userKey").asText()).isEqualTo(ANN);
            assertThat(e.get("actor").get("name").asText()).isEqualTo("Ann Admin");
            assertThat(e.get("object").get("id").asText()).isEqualTo(BOB);
            assertThat(e.get("data").get("reason").asText()).isEqualTo(REASON);
            assertThat(e.get("data").get("clientIp").asText()).isEqualTo(IP);
        });
        List<JsonNode> unlocked = f.entries(SignatureActions.UNLOCKED);
        assertThat(unlocked).singleElement().satisfies(e -> {
            assertThat(e.get("actor").get("userKey").asText()).isEqualTo(ADAM);
            assertThat(e.get("object").get("id").asText()).isEqualTo(BOB);
            assertThat(e.get("data").get("requestedBy").asText()).isEqualTo(ANN);
            assertThat(e.get("data").get("reason").asText()).isEqualTo(REASON);
            assertThat(e.get("data").get("changes").get("signing").get("old").asText()).isEqualTo("locked");
            assertThat(e.get("data").get("changes").get("signing").get("new").asText()).isEqualTo("enabled");
            assertThat(e.get("data").get("clientIp").asText()).isEqualTo("10.9.9.9");
            assertThat(e.get("seq").asLong()).isGreaterThan(requested.get(0).get("seq").asLong());
        });
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void anUnlockedUserSignsAgainAndHisFailuresBeforeTheUnlockNoLongerCount(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        lockBob(f);
        f.lockouts().requestUnlock(ANN, BOB, REASON, IP);
        f.clock.advance(Duration.ofSeconds(1));
        f.lockouts().approveUnlock(ADAM, BOB, IP);
        f.clock.advance(Duration.ofSeconds(1));

        SigningRefusedException refused = f.refused(SigningRefusal.WRONG_CREDENTIALS,
                () -> f.sign(BOB, f.challenge(BOB), Credentials.password("bob", "still-wrong"), "s1"));
        SignatureRecord record = f.sign(BOB, f.challenge(BOB), Credentials.password("bob", "bob-pw"), "s1");

        assertThat(refused.getMessage()).contains("4 attempt(s) left");
        assertThat(record.sealed()).isTrue();
        assertThat(f.ledger.verifier().verify().valid()).isTrue();
    }
}
