package org.eqms.confluence;

import org.eqms.rest.testing.TestRestHost;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.compliance.Clause;
import org.eqms.document.ControlledDocument;
import org.eqms.document.DocumentState;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.confluence.RestFixture.ADAM;
import static org.eqms.confluence.RestFixture.ANN;
import static org.eqms.confluence.RestFixture.BOB;
import static org.eqms.confluence.RestFixture.ERIN;

/** Lockout after failed signings, the two-person unlock, and the signing policy, through the admin REST endpoints. */
class RestSigningAdministrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void fiveWrongPasswordsLockTheSignerAlertAdminsAndOnlyTwoDifferentAdministratorsCanUnlock(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            ControlledDocument document = app.documentIn(DocumentState.IN_REVIEW);
            String path = "/documents/" + document.id();
            for (int attempt = 1; attempt <= 4; attempt++) {
                JsonNode challenge = JSON.readTree(app.host.post(path + "/challenge", BOB, "{}").body());
                assertThat(app.host.post(path + "/sign", BOB, sign(challenge, "wrong")).status()).isEqualTo(401);
            }
            JsonNode fifth = JSON.readTree(app.host.post(path + "/challenge", BOB, "{}").body());
            TestRestHost.Reply locked = app.host.post(path + "/sign", BOB, sign(fifth, "wrong"));
            assertThat(locked.status()).as(locked.toString()).isEqualTo(423);
            assertThat(app.people.alerts()).isNotEmpty();
            JsonNode annsNotices = JSON.readTree(app.host.get("/me/notifications", ANN).body());
            assertThat(annsNotices.get("unread").asInt()).as("the administrators are alerted in the app").isEqualTo(1);
            assertThat(annsNotices.at("/notifications/0/toAdministrators").asBoolean()).isTrue();
            assertThat(annsNotices.at("/notifications/0/message").asText()).contains(BOB);
            assertThat(JSON.readTree(app.host.get("/me/notifications", ERIN).body()).get("notifications"))
                    .as("not shown to others").isEmpty();
            long notice = annsNotices.at("/notifications/0/id").asLong();
            assertThat(app.host.post("/me/notifications/" + notice + "/read", ERIN, "{}").status()).isEqualTo(404);
            assertThat(app.host.post("/me/notifications/" + notice + "/read", ADAM, "{}").status()).isEqualTo(200);
            assertThat(JSON.readTree(app.host.get("/me/notifications", ANN).body()).get("unread").asInt()).isZero();

            TestRestHost.Reply refusedChallenge = app.host.post(path + "/challenge", BOB, "{}");
            assertThat(refusedChallenge.status()).as(refusedChallenge.toString()).isEqualTo(423);

            assertThat(app.host.get("/admin/lockouts", ERIN).status()).isEqualTo(403);
            JsonNode lockouts = JSON.readTree(app.host.get("/admin/lockouts", ANN).body());
            assertThat(lockouts.at("/lockouts/0/userKey").asText()).isEqualTo(BOB);
            assertThat(lockouts.at("/lockouts/0/name").asText()).isEqualTo("Bob Approver");

            assertThat(app.host.post("/admin/lockouts/" + BOB + "/request-unlock", ANN, "{}").status()).isEqualTo(400);
            JsonNode requested = JSON.readTree(app.host.post("/admin/lockouts/" + BOB + "/request-unlock", ANN,
                    "{\"reason\":\"Bob confirmed by phone he mistyped\"}").body());
            assertThat(requested.get("locked").asBoolean()).isTrue();
            TestRestHost.Reply alone = app.host.post("/admin/lockouts/" + BOB + "/approve-unlock", ANN, "{}");
            assertThat(alone.status()).isEqualTo(409);
            assertThat(JSON.readTree(alone.body()).get("error").asText()).isEqualTo("second_admin_required");

            JsonNode unlocked = JSON.readTree(app.host.post("/admin/lockouts/" + BOB + "/approve-unlock", ADAM, "{}").body());
            assertThat(unlocked.get("locked").asBoolean()).isFalse();
            JsonNode again = JSON.readTree(app.host.post(path + "/challenge", BOB, "{}").body());
            assertThat(app.host.post(path + "/sign", BOB, sign(again, "bob-pw")).status()).isEqualTo(200);
            assertThat(TestLedger.text(TestLedger.export(app.ledger))).contains("\"action\":\"esign.locked\"");
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(e)")
    void anAdministratorChangesTheSigningPolicyWithAReasonAndInvalidValuesChangeNothing(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            JsonNode policy = JSON.readTree(app.host.get("/admin/signing-policy", ANN).body());
            assertThat(policy.get("lockoutThreshold").asInt()).isEqualTo(5);
            String changed = "{\"meanings\":[\"Approved\",\"Reviewed\",\"Read and understood\"],\"alwaysBothComponents\":true,"
                    + "\"lockoutThreshold\":3,\"lockoutWindowMinutes\":15,\"challengeTtlMinutes\":5,"
                    + "\"sessionContinuityMinutes\":20,\"maxReasonLength\":500";
            assertThat(app.host.put("/admin/signing-policy", ANN, changed + "}").status()).as("reason required").isEqualTo(400);
            assertThat(app.host.put("/admin/signing-policy", ANN, changed.replace("\"lockoutThreshold\":3", "\"lockoutThreshold\":0")
                    + ",\"reason\":\"x\"}").status()).isEqualTo(400);
            assertThat(app.host.put("/admin/signing-policy", ERIN, changed + ",\"reason\":\"x\"}").status()).isEqualTo(403);
            assertThat(app.signingPolicy.current().lockoutThreshold()).isEqualTo(5);

            JsonNode saved = JSON.readTree(app.host.put("/admin/signing-policy", ANN, changed
                    + ",\"reason\":\"CAPA-12: tighten lockout\"}").body());
            assertThat(saved.get("lockoutThreshold").asInt()).isEqualTo(3);
            assertThat(saved.get("alwaysBothComponents").asBoolean()).isTrue();
            assertThat(TestLedger.text(TestLedger.export(app.ledger))).contains("\"action\":\"esign.policy.changed\"",
                    "\"reason\":\"CAPA-12: tighten lockout\"");
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.200(a)(1)(i)")
    @Clause("21CFR11.300(b)")
    void anSsoUserEnrolsAnAuthenticatorOnceAndSignsWithItsCode(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            assertThat(JSON.readTree(app.host.get("/me/totp", RestFixture.SAM).body()).get("enrolled").asBoolean()).isFalse();
            JsonNode enrolment = JSON.readTree(app.host.post("/me/totp/enrolment", RestFixture.SAM, "{}").body());
            byte[] secret = org.eqms.signature.totp.Base32.decode(enrolment.get("secret").asText());
            assertThat(enrolment.get("otpauthUri").asText()).startsWith("otpauth://totp/");
            assertThat(app.host.post("/me/totp/confirmation", RestFixture.SAM, "{\"code\":\"000000\"}").status())
                    .isIn(400, 200);
            app.clock.advance(java.time.Duration.ofSeconds(30));
            String code = org.eqms.signature.totp.Totp.code(secret, app.clock.instant(),
                    org.eqms.signature.totp.TotpParameters.DEFAULT);
            assertThat(JSON.readTree(app.host.post("/me/totp/confirmation", RestFixture.SAM, "{\"code\":\"" + code + "\"}")
                    .body()).get("enrolled").asBoolean()).isTrue();
            assertThat(app.host.post("/me/totp/enrolment", RestFixture.SAM, "{}").status()).as("no silent re-enrolment")
                    .isEqualTo(409);

            ControlledDocument document = app.documentIn(DocumentState.IN_REVIEW);
            String path = "/documents/" + document.id();
            JsonNode challenge = JSON.readTree(app.host.post(path + "/challenge", RestFixture.SAM, "{}").body());
            assertThat(challenge.get("secretComponent").asText()).isEqualTo("totp");
            app.clock.advance(java.time.Duration.ofSeconds(30));
            String signingCode = org.eqms.signature.totp.Totp.code(secret, app.clock.instant(),
                    org.eqms.signature.totp.TotpParameters.DEFAULT);
            TestRestHost.Reply signed = app.host.post(path + "/sign", RestFixture.SAM, "{\"challengeId\":\""
                    + challenge.get("challengeId").asText() + "\",\"meaning\":\"Approved\",\"userId\":\"sso-sam\","
                    + "\"totp\":\"" + signingCode + "\"}");
            assertThat(signed.status()).as(signed.toString()).isEqualTo(200);
            assertThat(JSON.readTree(signed.body()).at("/signature/authMethod").asText()).isEqualTo("id+totp");
        }
    }

    private static String sign(JsonNode challenge, String password) {
        return "{\"challengeId\":\"" + challenge.get("challengeId").asText() + "\",\"meaning\":\"Approved\","
                + "\"userId\":\"bob\",\"password\":\"" + password + "\"}";
    }
}
