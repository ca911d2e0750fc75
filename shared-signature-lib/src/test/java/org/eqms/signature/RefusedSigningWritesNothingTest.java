package org.eqms.signature;

import com.atlassian.activeobjects.external.ActiveObjects;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.entity.SignSessionRow;
import org.eqms.store.ao.entity.SignatureRow;
import org.eqms.store.ao.testing.ActiveObjectsTest;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.signature.SigningFixture.BOB;
import static org.eqms.signature.SigningFixture.CAROL;
import static org.eqms.signature.SigningFixture.DOC_ID;
import static org.eqms.signature.SigningFixture.DOC_TYPE;
import static org.eqms.signature.SigningFixture.IP;
import static org.eqms.signature.SigningFixture.SAM;

/** A refused signing writes no signature (and no continuous-session mark): only its audit trail. */
class RefusedSigningWritesNothingTest {
    private static final Credentials BOB_ID_AND_PASSWORD = Credentials.password("bob", "bob-pw");

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    @Clause("21CFR11.10(e)")
    void noKindOfRefusedSigningAddsASignatureRow(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SignatureRecord signed = f.bobSigns("s0");
        SigningChallenge used = f.challenge(BOB);
        f.sign(BOB, used, Credentials.passwordOnly("bob-pw"), "s0");
        int rows = ao.count(SignatureRow.class);
        int sessions = ao.count(SignSessionRow.class);
        Set<SigningRefusal> seen = EnumSet.noneOf(SigningRefusal.class);

        seen.add(f.refused(SigningRefusal.UNKNOWN_SIGNER, () -> f.sign("u-ghost", f.challenge(CAROL),
                Credentials.password("ghost", "x"), "s1")).refusal());
        seen.add(f.refused(SigningRefusal.UNKNOWN_CHALLENGE, () -> f.signatures().sign(BOB,
                new SigningRequest("forged", "Approved", null, BOB_ID_AND_PASSWORD, "s1", IP))).refusal());
        seen.add(f.refused(SigningRefusal.CHALLENGE_USED, () -> f.sign(BOB, used, BOB_ID_AND_PASSWORD, "s1")).refusal());
        seen.add(f.refused(SigningRefusal.FOREIGN_CHALLENGE,
                () -> f.sign(CAROL, f.challenge(BOB), Credentials.password("carol", "carol-pw"), "s1")).refusal());
        SigningChallenge open = f.challenge(BOB);
        seen.add(f.refused(SigningRefusal.UNKNOWN_MEANING, () -> f.signatures().sign(BOB,
                new SigningRequest(open.id(), "Liked", null, BOB_ID_AND_PASSWORD, "s1", IP))).refusal());
        seen.add(f.refused(SigningRefusal.REASON_TOO_LONG, () -> f.signatures().sign(BOB,
                new SigningRequest(open.id(), "Approved", "r".repeat(5000), BOB_ID_AND_PASSWORD, "s1", IP))).refusal());
        seen.add(f.refused(SigningRefusal.MISSING_COMPONENT,
                () -> f.sign(BOB, open, Credentials.passwordOnly("bob-pw"), "s1")).refusal());
        seen.add(f.refused(SigningRefusal.MISSING_COMPONENT,
                () -> f.sign(BOB, open, Credentials.password("bob", ""), "s1")).refusal());
        seen.add(f.refused(SigningRefusal.WRONG_CREDENTIALS,
                () -> f.sign(BOB, open, Credentials.password("bob", "nope"), "s1")).refusal());
        seen.add(f.refused(SigningRefusal.TOTP_NOT_ENROLLED,
                () -> f.sign(SAM, f.challenge(SAM), Credentials.totp("sso-sam", "000000"), "s1")).refusal());
        f.clock.advance(SigningPolicy.DEFAULT.challengeTtl());
        seen.add(f.refused(SigningRefusal.CHALLENGE_EXPIRED, () -> f.sign(BOB, open, BOB_ID_AND_PASSWORD, "s1")).refusal());
        SigningChallenge beforeEdit = f.challenge(BOB);
        f.ports.edit(DOC_TYPE, DOC_ID, "<p>edited</p>");
        seen.add(f.refused(SigningRefusal.STALE_VERSION,
                () -> f.sign(BOB, beforeEdit, BOB_ID_AND_PASSWORD, "s1")).refusal());
        SigningChallenge fresh = f.challenge(BOB);
        for (int i = 0; i < 3; i++) {
            f.refused(SigningRefusal.WRONG_CREDENTIALS, () -> f.sign(BOB, fresh, Credentials.password("bob", "nope"), "s1"));
        }
        seen.add(f.refused(SigningRefusal.LOCKED,
                () -> f.sign(BOB, fresh, Credentials.password("bob", "nope"), "s1")).refusal());
        seen.add(f.refused(SigningRefusal.LOCKED, () -> f.sign(BOB, fresh, BOB_ID_AND_PASSWORD, "s1")).refusal());

        assertThat(seen).hasSize(12);
        assertThat(ao.count(SignatureRow.class)).isEqualTo(rows);
        assertThat(ao.count(SignSessionRow.class)).as("no refused signing marks a session").isEqualTo(sessions);
        assertThat(f.signatures().forObject(DOC_TYPE, DOC_ID)).hasSize(2).first().isEqualTo(signed);
        assertThat(f.entries(SignatureActions.SIGNED)).hasSize(2);
        assertThat(f.ledger.verifier().verify().valid()).isTrue();
    }
}
