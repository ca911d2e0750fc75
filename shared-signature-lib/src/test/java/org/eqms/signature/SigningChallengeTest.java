package org.eqms.signature;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.AoSignatureStore;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.signature.SigningFixture.BOB;
import static org.eqms.signature.SigningFixture.CAROL;
import static org.eqms.signature.SigningFixture.DOC_ID;
import static org.eqms.signature.SigningFixture.DOC_TYPE;
import static org.eqms.signature.SigningFixture.IP;

/** Single-use challenges: reused, expired, foreign, stale or unknown ones are refused, audited, and sign nothing. */
class SigningChallengeTest {
    private static final Credentials BOB_ID_AND_PASSWORD = Credentials.password("bob", "bob-pw");

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    @Clause("21CFR11.10(e)")
    void aChallengeUsedOnceIsRefusedWhenReplayed(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(BOB);
        SignatureRecord first = f.sign(BOB, challenge, BOB_ID_AND_PASSWORD, "s1");

        f.refused(SigningRefusal.CHALLENGE_USED, () -> f.sign(BOB, challenge, BOB_ID_AND_PASSWORD, "s1"));

        assertThat(f.signatures().forObject(DOC_TYPE, DOC_ID)).containsExactly(first);
        assertRefusalAudited(f, "CHALLENGE_USED", challenge.id());
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    @Clause("21CFR11.10(e)")
    void aChallengeIsRefusedOnceItsTimeToLiveHasPassed(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(BOB);
        f.clock.advance(SigningPolicy.DEFAULT.challengeTtl().minusMillis(1));
        SigningChallenge stillValid = f.challenge(BOB);
        f.clock.advance(Duration.ofMillis(1));

        f.refused(SigningRefusal.CHALLENGE_EXPIRED, () -> f.sign(BOB, challenge, BOB_ID_AND_PASSWORD, "s1"));

        assertRefusalAudited(f, "CHALLENGE_EXPIRED", challenge.id());
        assertThat(f.sign(BOB, stillValid, BOB_ID_AND_PASSWORD, "s1").sealed()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(2)")
    @Clause("21CFR11.10(e)")
    @Clause("21CFR11.10(g)")
    void aChallengeIssuedToOneUserIsRefusedToAnother(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge bobs = f.challenge(BOB);

        f.refused(SigningRefusal.FOREIGN_CHALLENGE,
                () -> f.sign(CAROL, bobs, Credentials.password("carol", "carol-pw"), "s-carol"));

        JsonNode refusal = assertRefusalAudited(f, "FOREIGN_CHALLENGE", bobs.id());
        assertThat(refusal.get("actor").get("userKey").asText()).isEqualTo(CAROL);
        // bob's challenge is still his to use
        assertThat(f.sign(BOB, bobs, BOB_ID_AND_PASSWORD, "s1").signerKey()).isEqualTo(BOB);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    @Clause("21CFR11.10(e)")
    void aChallengeIsRefusedWhenTheDocumentWasEditedAfterItWasIssued(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(BOB);
        f.ports.edit(DOC_TYPE, DOC_ID, "<p>SOP-001 Cleaning of filling line 3, revised</p>");

        SigningRefusedException refused = f.refused(SigningRefusal.STALE_VERSION,
                () -> f.sign(BOB, challenge, BOB_ID_AND_PASSWORD, "s1"));

        assertThat(refused.getMessage()).contains("version 1").contains("now 2");
        JsonNode audited = assertRefusalAudited(f, "STALE_VERSION", challenge.id());
        assertThat(audited.get("object").get("version").asInt()).isEqualTo(1);
        SignatureRecord onNewVersion = f.sign(BOB, f.challenge(BOB), BOB_ID_AND_PASSWORD, "s1");
        assertThat(onNewVersion.object().version()).isEqualTo(2);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    void aChallengeForAVersionThatIsNoLongerCurrentIsNotIssued(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        f.ports.edit(DOC_TYPE, DOC_ID, "<p>revised</p>");

        f.refused(SigningRefusal.STALE_VERSION, () -> f.signatures().challenge(BOB, DOC_TYPE, DOC_ID, 1));
        f.refused(SigningRefusal.UNKNOWN_OBJECT, () -> f.signatures().challenge(BOB, DOC_TYPE, "999", null));

        assertThat(f.signatures().challenge(BOB, DOC_TYPE, DOC_ID, 2).version().object().version()).isEqualTo(2);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void anUnknownOrMissingChallengeIsRefused(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);

        f.refused(SigningRefusal.UNKNOWN_CHALLENGE, () -> f.signatures().sign(BOB, new SigningRequest(
                "no-such-challenge", "Approved", null, BOB_ID_AND_PASSWORD, "s1", IP)));
        f.refused(SigningRefusal.UNKNOWN_CHALLENGE, () -> f.signatures().sign(BOB, new SigningRequest(
                null, "Approved", null, BOB_ID_AND_PASSWORD, "s1", IP)));

        List<JsonNode> refusals = f.entries(SignatureActions.REFUSED);
        assertThat(refusals).hasSize(2);
        assertThat(refusals).allSatisfy(e -> {
            assertThat(e.get("data").get("refusal").asText()).isEqualTo("UNKNOWN_CHALLENGE");
            assertThat(e.get("object").get("type").asText()).isEqualTo(SignatureActions.USER_OBJECT_TYPE);
            assertThat(e.get("object").get("id").asText()).isEqualTo(BOB);
        });
    }

    @ActiveObjectsTest
    @Clause("21CFR11.50")
    @Clause("21CFR11.10(e)")
    void aMeaningOutsideTheConfiguredListIsRefused(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(BOB);

        f.refused(SigningRefusal.UNKNOWN_MEANING, () -> f.signatures().sign(BOB, new SigningRequest(challenge.id(),
                "Rubber-stamped", null, BOB_ID_AND_PASSWORD, "s1", IP)));
        f.refused(SigningRefusal.UNKNOWN_MEANING, () -> f.signatures().sign(BOB, new SigningRequest(challenge.id(),
                null, null, BOB_ID_AND_PASSWORD, "s1", IP)));
        f.refused(SigningRefusal.REASON_TOO_LONG, () -> f.signatures().sign(BOB, new SigningRequest(challenge.id(),
                "Approved", "x".repeat(SigningPolicy.DEFAULT.maxReasonLength() + 1), BOB_ID_AND_PASSWORD, "s1", IP)));

        assertThat(f.entries(SignatureActions.REFUSED)).extracting(e -> e.get("data").get("refusal").asText())
                .containsExactly("UNKNOWN_MEANING", "UNKNOWN_MEANING", "REASON_TOO_LONG");
        assertThat(f.signatures().meanings()).contains("Approved").doesNotContain("Rubber-stamped");
        // a refused meaning does not use up the challenge
        assertThat(f.sign(BOB, challenge, BOB_ID_AND_PASSWORD, "s1").meaning()).isEqualTo("Approved");
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    void twoSigningsRacingWithOneChallengeProduceExactlyOneSignature(TestDatabase.OpenDatabase db) throws Exception {
        ActiveObjects ao = db.ao();
        if (db.kind() == TestDatabase.HSQLDB) {
            // as hosts run HSQLDB for concurrent use (the audit CLI, the sandbox): row-level MVCC, not table locks
            try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.kind().user(), db.kind().password());
                 Statement statement = connection.createStatement()) {
                statement.execute("SET DATABASE TRANSACTION CONTROL MVCC");
            }
        }
        // both requests pass the "already used?" check before either inserts: only the UNIQUE constraint on the
        // challenge id can stop the second one
        CyclicBarrier bothChecked = new CyclicBarrier(2);
        TestReAuthenticator reAuthenticator = new TestReAuthenticator(bothChecked);
        SigningFixture f = new SigningFixture(ao, reAuthenticator);
        reAuthenticator.delegate = f.ports;
        SigningChallenge challenge = f.challenge(BOB);
        Callable<SignatureRecord> signing = () -> f.sign(BOB, challenge, BOB_ID_AND_PASSWORD, null);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Object> outcomes = new ArrayList<>();
        try {
            List<Future<SignatureRecord>> futures = List.of(pool.submit(signing), pool.submit(signing));
            for (Future<SignatureRecord> future : futures) {
                try {
                    outcomes.add(future.get(20, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    outcomes.add(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(outcomes).as("%s", outcomes).filteredOn(SignatureRecord.class::isInstance).hasSize(1);
        assertThat(outcomes).as("%s", outcomes).filteredOn(SigningRefusedException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((SigningRefusedException) e).refusal()).isEqualTo(SigningRefusal.CHALLENGE_USED));
        assertThat(f.signatureRows()).isEqualTo(1);
        assertThat(f.entries(SignatureActions.SIGNED)).hasSize(1);
        assertRefusalAudited(f, "CHALLENGE_USED", challenge.id());
        assertThat(f.ledger.verifier().verify().valid()).isTrue();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    void theDatabaseRefusesASecondSignatureForTheSameChallenge(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SignatureRecord record = f.bobSigns(null);
        AoSignatureStore store = new AoSignatureStore(ao);
        SignatureRecord copy = new SignatureRecord(java.util.UUID.randomUUID().toString(), record.object(),
                record.contentHash(), record.signerKey(), record.signerName(), record.meaning(), record.reason(),
                record.time(), record.authMethod(), record.challengeId(), null, null, null);

        assertThatThrownBy(() -> f.ledger.transactions().run(() -> store.add(copy)))
                .isInstanceOf(SignatureStore.ChallengeAlreadyUsedException.class);
        assertThat(f.signatureRows()).isEqualTo(1);
    }

    private static JsonNode assertRefusalAudited(SigningFixture f, String refusal, String challengeId) {
        List<JsonNode> refusals = f.entries(SignatureActions.REFUSED).stream()
                .filter(e -> e.get("data").get("refusal").asText().equals(refusal)).toList();
        assertThat(refusals).as("esign.refused entries for " + refusal).hasSize(1);
        JsonNode entry = refusals.get(0);
        assertThat(entry.get("data").get("challenge").asText()).isEqualTo(challengeId);
        assertThat(entry.get("data").get("message").asText()).isNotBlank();
        assertThat(entry.get("data").get("clientIp").asText()).isEqualTo(IP);
        return entry;
    }

    /** The host's password check, holding each caller until both racing signings have reached it. */
    private static final class TestReAuthenticator implements ReAuthenticator {
        private final CyclicBarrier barrier;
        volatile ReAuthenticator delegate;

        TestReAuthenticator(CyclicBarrier barrier) {
            this.barrier = barrier;
        }

        @Override
        public boolean hasPassword(Signer signer) {
            return delegate.hasPassword(signer);
        }

        @Override
        public boolean checkPassword(Signer signer, String password) {
            try {
                barrier.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (BrokenBarrierException | TimeoutException e) {
                throw new IllegalStateException(e);
            }
            return delegate.checkPassword(signer, password);
        }
    }
}
