package org.eqms.signature;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.testing.ActiveObjectsTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.signature.SigningFixture.ALICE;
import static org.eqms.signature.SigningFixture.BOB;

/**
 * 21 CFR 11.200(a)(1): the first signing of a continuous session needs user id and password, later ones in that
 * session the password; a new session, a pause longer than the continuity period, or the admin switch "always
 * both components" demand the user id again.
 */
class ContinuousSessionRuleTest {
    private static final Credentials ID_AND_PASSWORD = Credentials.password("bob", "bob-pw");
    private static final Credentials PASSWORD_ONLY = Credentials.passwordOnly("bob-pw");

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    void theFirstSigningOfASessionWithoutTheUserIdIsRefused(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(BOB);
        assertThat(f.signatures().needsUserId(BOB, "s1")).isTrue();

        f.refused(SigningRefusal.MISSING_COMPONENT, () -> f.sign(BOB, challenge, PASSWORD_ONLY, "s1"));

        assertThat(f.entries(SignatureActions.REFUSED)).extracting(e -> e.get("data").get("refusal").asText())
                .containsExactly("MISSING_COMPONENT");
        assertThat(f.entries(SignatureActions.REAUTH_FAILED)).as("a missing component is not a failed attempt").isEmpty();
        assertThat(f.sign(BOB, challenge, ID_AND_PASSWORD, "s1").authMethod()).isEqualTo("id+password");
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    void laterSigningsInTheSameSessionNeedOnlyThePassword(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        assertThat(f.sign(BOB, f.challenge(BOB), ID_AND_PASSWORD, "s1").authMethod()).isEqualTo("id+password");
        f.clock.advance(Duration.ofMinutes(5));
        assertThat(f.signatures().needsUserId(BOB, "s1")).isFalse();

        SignatureRecord second = f.sign(BOB, f.challenge(BOB), PASSWORD_ONLY, "s1");
        f.clock.advance(Duration.ofMinutes(5));
        SignatureRecord third = f.sign(BOB, f.challenge(BOB), PASSWORD_ONLY, "s1");

        assertThat(second.authMethod()).isEqualTo("password");
        assertThat(third.authMethod()).isEqualTo("password");
        assertThat(f.entries(SignatureActions.SIGNED)).extracting(e -> e.get("data").get("authMethod").asText())
                .containsExactly("id+password", "password", "password");
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    void aDifferentSessionNeedsTheUserIdAgain(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        f.sign(BOB, f.challenge(BOB), ID_AND_PASSWORD, "s1");

        assertThat(f.signatures().needsUserId(BOB, "s2")).isTrue();
        f.refused(SigningRefusal.MISSING_COMPONENT, () -> f.sign(BOB, f.challenge(BOB), PASSWORD_ONLY, "s2"));
        f.refused(SigningRefusal.MISSING_COMPONENT, () -> f.sign(BOB, f.challenge(BOB), PASSWORD_ONLY, null));

        assertThat(f.sign(BOB, f.challenge(BOB), ID_AND_PASSWORD, "s2").authMethod()).isEqualTo("id+password");
        assertThat(f.sign(BOB, f.challenge(BOB), PASSWORD_ONLY, "s2").authMethod()).isEqualTo("password");
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    void oneUsersContinuousSessionDoesNotSpareAnotherUserTheUserId(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        f.sign(BOB, f.challenge(BOB), ID_AND_PASSWORD, "shared-terminal");

        assertThat(f.signatures().needsUserId(ALICE, "shared-terminal")).isTrue();
        f.refused(SigningRefusal.MISSING_COMPONENT,
                () -> f.sign(ALICE, f.challenge(ALICE), Credentials.passwordOnly("alice-pw"), "shared-terminal"));
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    void afterTheContinuityPeriodTheUserIdIsNeededAgain(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        Duration continuity = SigningPolicy.DEFAULT.sessionContinuity();
        f.sign(BOB, f.challenge(BOB), ID_AND_PASSWORD, "s1");
        f.clock.advance(continuity.minusSeconds(1));
        // each signing extends the continuous period
        assertThat(f.sign(BOB, f.challenge(BOB), PASSWORD_ONLY, "s1").authMethod()).isEqualTo("password");
        f.clock.advance(continuity.minusSeconds(1));
        assertThat(f.signatures().needsUserId(BOB, "s1")).isFalse();
        f.clock.advance(Duration.ofSeconds(1));

        assertThat(f.signatures().needsUserId(BOB, "s1")).isTrue();
        f.refused(SigningRefusal.MISSING_COMPONENT, () -> f.sign(BOB, f.challenge(BOB), PASSWORD_ONLY, "s1"));
        assertThat(f.sign(BOB, f.challenge(BOB), ID_AND_PASSWORD, "s1").authMethod()).isEqualTo("id+password");
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    void withAlwaysBothComponentsThePasswordAloneIsRefusedEvenInAContinuousSession(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        f.sign(BOB, f.challenge(BOB), ID_AND_PASSWORD, "s1");
        f.policy.set(SigningPolicy.DEFAULT.withAlwaysBothComponents(true));

        assertThat(f.signatures().needsUserId(BOB, "s1")).isTrue();
        f.refused(SigningRefusal.MISSING_COMPONENT, () -> f.sign(BOB, f.challenge(BOB), PASSWORD_ONLY, "s1"));

        assertThat(f.sign(BOB, f.challenge(BOB), ID_AND_PASSWORD, "s1").authMethod()).isEqualTo("id+password");
        f.refused(SigningRefusal.MISSING_COMPONENT, () -> f.sign(BOB, f.challenge(BOB), PASSWORD_ONLY, "s1"));
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    @Clause("21CFR11.200(a)(2)")
    @Clause("21CFR11.300(d)")
    void someoneElsesUserIdWithTheRightPasswordCountsAsAFailedAttempt(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(BOB);

        SigningRefusedException refused = f.refused(SigningRefusal.WRONG_CREDENTIALS,
                () -> f.sign(BOB, challenge, Credentials.password("alice", "bob-pw"), "s1"));

        assertThat(refused.getMessage()).contains("4 attempt(s) left");
        List<JsonNode> failures = f.entries(SignatureActions.REAUTH_FAILED);
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).get("actor").get("userKey").asText()).isEqualTo(BOB);
        assertThat(failures.get(0).get("data").get("failuresInWindow").asInt()).isEqualTo(1);
        // the failed attempt does not start a continuous session
        assertThat(f.signatures().needsUserId(BOB, "s1")).isTrue();
        assertThat(f.sign(BOB, challenge, ID_AND_PASSWORD, "s1").sealed()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)")
    @Clause("21CFR11.300(d)")
    void aWrongPasswordLaterInTheSessionCountsAsAFailedAttempt(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        f.sign(BOB, f.challenge(BOB), ID_AND_PASSWORD, "s1");

        f.refused(SigningRefusal.WRONG_CREDENTIALS,
                () -> f.sign(BOB, f.challenge(BOB), Credentials.passwordOnly("alice-pw"), "s1"));

        assertThat(f.entries(SignatureActions.REAUTH_FAILED)).hasSize(1);
    }
}
