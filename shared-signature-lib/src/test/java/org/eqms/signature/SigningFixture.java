package org.eqms.signature;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.store.ao.AoLedger;
import org.eqms.store.ao.entity.SignatureRow;
import org.eqms.store.ao.testing.MutableClock;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.store.ao.testing.TestSigningPorts;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The real e-signature engine on a real test database: an {@link AoLedger} with the standard test host
 * ({@link TestSigningPorts}: alice, bob, carol with passwords, sso-sam without, admins ann and adam), a clock the
 * test moves, and an admin-changeable {@link SigningPolicy}. One document, {@code page 101}, exists at version 1.
 */
final class SigningFixture {
    static final String START = "2026-11-23T06:00:10.345Z";
    static final String DOC_TYPE = "page";
    static final String DOC_ID = "101";
    static final String ALICE = "u-alice";
    static final String BOB = "u-bob";
    static final String CAROL = "u-carol";
    static final String SAM = "u-sam";
    static final String ANN = "u-ann";
    static final String ADAM = "u-adam";
    static final String IP = "10.1.2.3";

    final ActiveObjects ao;
    final MutableClock clock = MutableClock.at(START);
    final TestSigningPorts ports = TestSigningPorts.standard();
    final AtomicReference<SigningPolicy> policy = new AtomicReference<>(SigningPolicy.DEFAULT);
    final AoLedger ledger;
    final AoLedger.Signing signing;

    SigningFixture(ActiveObjects ao) {
        this(ao, null);
    }

    /** With {@code reAuthenticator} standing in for the host's password check (null: the standard test host). */
    SigningFixture(ActiveObjects ao, ReAuthenticator reAuthenticator) {
        this.ao = ao;
        this.ledger = TestLedger.on(ao, clock);
        this.signing = ledger.signing(ports, reAuthenticator == null ? ports : reAuthenticator, ports, ports,
                policy::get, "eQMS");
        ports.edit(DOC_TYPE, DOC_ID, "<p>SOP-001 Cleaning of filling line 3</p>");
    }

    ElectronicSignatures signatures() {
        return signing.signatures();
    }

    SigningLockouts lockouts() {
        return signing.lockouts();
    }

    SigningChallenge challenge(String userKey) {
        return signatures().challenge(userKey, DOC_TYPE, DOC_ID, null);
    }

    static SigningRequest request(SigningChallenge challenge, Credentials credentials, String sessionId) {
        return new SigningRequest(challenge.id(), "Approved", "Approved after review", credentials, sessionId, IP);
    }

    SignatureRecord sign(String userKey, SigningChallenge challenge, Credentials credentials, String sessionId) {
        return signatures().sign(userKey, request(challenge, credentials, sessionId));
    }

    /** Bob's first signing in a new session: id and password. */
    SignatureRecord bobSigns(String sessionId) {
        return sign(BOB, challenge(BOB), Credentials.password("bob", "bob-pw"), sessionId);
    }

    /** Runs a call that must be refused with {@code expected}; checks no signature row was written. */
    SigningRefusedException refused(SigningRefusal expected, Runnable call) {
        int signaturesBefore = signatureRows();
        try {
            call.run();
        } catch (SigningRefusedException e) {
            assertThat(e.refusal()).as(e.getMessage()).isEqualTo(expected);
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.hint()).isNotBlank();
            assertThat(signatureRows()).as("signature rows after a refusal").isEqualTo(signaturesBefore);
            return e;
        }
        return fail("expected refusal " + expected);
    }

    int signatureRows() {
        return ao.count(SignatureRow.class);
    }

    /** Every chained audit entry line, in seq order (links anything pending first). */
    List<JsonNode> entries() {
        ledger.auditTrail().flush();
        List<JsonNode> entries = new ArrayList<>();
        ledger.store().forEachEntryLine(0, Long.MAX_VALUE, entries::add);
        return entries;
    }

    List<JsonNode> entries(String action) {
        return entries().stream().filter(e -> e.get("action").asText().equals(action)).toList();
    }

    List<String> actions() {
        return entries().stream().map(e -> e.get("action").asText()).toList();
    }
}
