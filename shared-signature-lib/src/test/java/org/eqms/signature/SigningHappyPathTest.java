package org.eqms.signature;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.eqms.audit.AuditJson;
import org.eqms.audit.AuditedObject;
import org.eqms.audit.VerificationResult;
import org.eqms.audit.canonical.Base64Url;
import org.eqms.audit.canonical.Jcs;
import org.eqms.audit.keys.Ed25519;
import org.eqms.compliance.Clause;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.signature.SigningFixture.BOB;
import static org.eqms.signature.SigningFixture.DOC_ID;
import static org.eqms.signature.SigningFixture.DOC_TYPE;
import static org.eqms.signature.SigningFixture.IP;
import static org.eqms.signature.SigningFixture.START;

/** Challenge, sign with user id and password, and what the sealed, audited, exported record then proves. */
@Clause("EU-GMP-Annex11-14")
class SigningHappyPathTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ActiveObjectsTest
    void aChallengeBindsTheUserTheCurrentVersionAndItsContentHashUntilItsExpiry(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SignableVersion current = f.ports.current(DOC_TYPE, DOC_ID).orElseThrow();

        SigningChallenge challenge = f.challenge(BOB);

        assertThat(challenge.id()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(challenge.userKey()).isEqualTo(BOB);
        assertThat(challenge.version()).isEqualTo(current);
        assertThat(challenge.version().object()).isEqualTo(new AuditedObject(DOC_TYPE, DOC_ID, 1));
        assertThat(challenge.issuedAt()).isEqualTo(Instant.parse(START));
        assertThat(challenge.expiresAt()).isEqualTo(Instant.parse(START).plus(SigningPolicy.DEFAULT.challengeTtl()));
        assertThat(f.challenge(BOB).id()).as("every challenge is new").isNotEqualTo(challenge.id());
    }

    @ActiveObjectsTest
    @Clause("21CFR11.50")
    @Clause("21CFR11.100")
    void signingWithIdAndPasswordRecordsASealedSignatureWithPrintedNameUtcTimeMeaningAndReason(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(BOB);
        f.clock.advance(Duration.ofSeconds(3));

        SignatureRecord record = f.sign(BOB, challenge, Credentials.password("bob", "bob-pw"), "session-1");

        assertThat(record.sealed()).isTrue();
        assertThat(record.entrySeq()).isNotNull();
        assertThat(record.kid()).isEqualTo(f.ledger.keys().activeKey().kid());
        assertThat(record.sig()).isNotBlank();
        assertThat(record.object()).isEqualTo(new AuditedObject(DOC_TYPE, DOC_ID, 1));
        assertThat(record.contentHash()).isEqualTo(challenge.version().contentHash());
        assertThat(record.signerKey()).isEqualTo(BOB);
        assertThat(record.signerName()).isEqualTo("Bob Approver");
        assertThat(record.time()).isEqualTo(Instant.parse("2026-11-23T06:00:13.345Z"));
        assertThat(record.toJson().get("time").asText()).isEqualTo("2026-11-23T06:00:13.345Z");
        assertThat(record.meaning()).isEqualTo("Approved");
        assertThat(record.reason()).isEqualTo("Approved after review");
        assertThat(record.authMethod()).isEqualTo("id+password");
        assertThat(record.challengeId()).isEqualTo(challenge.id());
        assertThat(f.signatures().find(record.id())).contains(record);
        assertThat(f.signatures().forObject(DOC_TYPE, DOC_ID)).containsExactly(record);
        assertThat(f.signatureRows()).isEqualTo(1);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.50")
    void aBlankReasonIsRecordedAsNoReason(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SigningChallenge challenge = f.challenge(BOB);

        SignatureRecord record = f.signatures().sign(BOB, new SigningRequest(challenge.id(), "Reviewed", "   ",
                Credentials.password("bob", "bob-pw"), null, null));

        assertThat(record.reason()).isNull();
        assertThat(record.toJson().get("reason").isNull()).isTrue();
        assertThat(record.meaning()).isEqualTo("Reviewed");
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void theSigningIsAuditedAsEsignSignedWithSignatureIdMeaningAndContentHash(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);

        SignatureRecord record = f.bobSigns("session-1");

        List<JsonNode> signed = f.entries(SignatureActions.SIGNED);
        assertThat(signed).hasSize(1);
        JsonNode entry = signed.get(0);
        assertThat(entry.get("seq").asLong()).isEqualTo(record.entrySeq());
        assertThat(entry.get("time").asText()).isEqualTo(START);
        assertThat(entry.get("actor").get("userKey").asText()).isEqualTo(BOB);
        assertThat(entry.get("actor").get("name").asText()).isEqualTo("Bob Approver");
        assertThat(entry.get("object")).isEqualTo(AuditJson.object(record.object()));
        JsonNode data = entry.get("data");
        assertThat(data.get("signatureId").asText()).isEqualTo(record.id());
        assertThat(data.get("meaning").asText()).isEqualTo("Approved");
        assertThat(data.get("contentHash").asText()).isEqualTo(record.contentHash());
        assertThat(data.get("reason").asText()).isEqualTo("Approved after review");
        assertThat(data.get("authMethod").asText()).isEqualTo("id+password");
        assertThat(data.get("challenge").asText()).isEqualTo(record.challengeId());
        assertThat(data.get("clientIp").asText()).isEqualTo(IP);
        assertThat(f.entries(SignatureActions.REFUSED)).isEmpty();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    void theSealIsAnEd25519SignatureOverTheJcsBytesOfTheRecordByTheKeyItNames(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);

        SignatureRecord record = f.bobSigns("session-1");

        byte[] publicKey = f.ledger.keys().find(record.kid()).orElseThrow().publicKey();
        byte[] sig = Base64Url.decode(record.sig());
        assertThat(Ed25519.verify(publicKey, AuditJson.bytesToSeal(record.toJson()), sig)).isTrue();
        // the seal covers entrySeq and kid, so it links the signature to its audit entry
        assertThat(new String(AuditJson.bytesToSeal(record.toJson()), StandardCharsets.UTF_8))
                .startsWith("{\"authMethod\":\"id+password\",\"challenge\":")
                .contains("\"entrySeq\":" + record.entrySeq())
                .contains("\"kid\":\"" + record.kid() + "\"")
                .doesNotContain("\"sig\"");
        // and nothing in it can be changed (or the signature moved to another document) without breaking it
        for (String field : List.of("meaning", "contentHash", "time", "id")) {
            ObjectNode altered = record.toJson();
            altered.put(field, altered.get(field).asText() + "x");
            assertThat(Ed25519.verify(publicKey, AuditJson.bytesToSeal(altered), sig)).as(field).isFalse();
        }
        ObjectNode moved = record.toJson();
        ((ObjectNode) moved.get("object")).put("id", "102");
        assertThat(Ed25519.verify(publicKey, AuditJson.bytesToSeal(moved), sig)).isFalse();
    }

    @ActiveObjectsTest
    @Clause("21CFR11.70")
    @Clause("21CFR11.10(e)")
    void theSignatureLineIsExportedAndBothTheExportAndTheStoredLedgerVerify(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        SignatureRecord record = f.bobSigns("session-1");

        byte[] export = TestLedger.export(f.ledger);

        List<String> signatureLines = TestLedger.text(export).lines()
                .filter(l -> parse(l).get("kind").asText().equals("signature")).toList();
        assertThat(signatureLines).hasSize(1);
        assertThat(signatureLines.get(0)).as("the JCS bytes of the record")
                .isEqualTo(new String(Jcs.canonicalize(record.toJson()), StandardCharsets.UTF_8));
        JsonNode line = parse(signatureLines.get(0));
        assertThat(line.get("entrySeq").asLong()).isEqualTo(record.entrySeq());
        VerificationResult file = TestLedger.verifyFile(export);
        assertThat(file.valid()).as(file.message()).isTrue();
        assertThat(file.signatures()).isEqualTo(1);
        VerificationResult stored = f.ledger.verifier().verify();
        assertThat(stored.valid()).as(stored.message()).isTrue();
        assertThat(stored.signatures()).isEqualTo(1);
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300")
    void theProductPasswordIsNeitherAuditedNorExported(ActiveObjects ao) {
        SigningFixture f = new SigningFixture(ao);
        f.bobSigns("session-1");
        f.refused(SigningRefusal.WRONG_CREDENTIALS,
                () -> f.sign(BOB, f.challenge(BOB), Credentials.passwordOnly("bob-wrong-pw"), "session-1"));

        String export = TestLedger.text(TestLedger.export(f.ledger));

        assertThat(export).doesNotContain("bob-pw").doesNotContain("bob-wrong-pw").doesNotContain("session-1");
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
