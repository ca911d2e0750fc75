package org.eqms.jira.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.compliance.Clause;
import org.eqms.rest.testing.TestRestHost;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.jira.rest.RiskRestFixture.ADA;
import static org.eqms.jira.rest.RiskRestFixture.EDDIE;
import static org.eqms.jira.rest.RiskRestFixture.ROOT;
import static org.eqms.jira.rest.RiskRestFixture.VERA;

/**
 * The Jira app's in-app notifications ({@code /rest/eqms-risk/1.0/me/notifications}, shared with the Confluence app):
 * a signing lockout in Jira reaches Jira's system administrators at once, and no one else.
 */
class NoticesRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String P = "/projects/INF";
    private static final String NOTICES = "/me/notifications";

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void fiveWrongPasswordsOnABaselineSigningLockTheSignerAndAlertJiraSystemAdministratorsOnly(ActiveObjects ao)
            throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            String baseline = P + "/baselines/" + ok(app.host.post(P + "/baselines", EDDIE, "{\"label\":\"Release 1.0\"}"))
                    .get("id").asText();
            String challenge = ok(app.host.post(baseline + "/challenge", EDDIE, "{}")).get("challengeId").asText();
            String sign = "{\"challengeId\":\"" + challenge + "\",\"meaning\":\"Approved\",\"reason\":\"reviewed\","
                    + "\"userId\":\"eddie\",\"password\":\"%s\"}";
            for (int attempt = 1; attempt <= 4; attempt++) {
                assertError(app.host.post(baseline + "/sign", EDDIE, sign.formatted("guess-" + attempt)), 401,
                        "wrong_credentials");
                app.clock.advance(Duration.ofSeconds(10));
            }
            assertThat(ok(app.host.get(NOTICES, ROOT)).get("notifications")).as("no alert before the lockout").isEmpty();

            assertError(app.host.post(baseline + "/sign", EDDIE, sign.formatted("guess-5")), 423, "locked");
            assertError(app.host.post(baseline + "/sign", EDDIE, sign.formatted("eddie-pw")), 423, "locked");

            JsonNode roots = ok(app.host.get(NOTICES, ROOT));
            assertThat(roots.get("unread").asInt()).isEqualTo(1);
            assertThat(roots.get("notifications")).hasSize(1);
            JsonNode alert = roots.at("/notifications/0");
            assertThat(alert.get("kind").asText()).isEqualTo("esign.lockout");
            assertThat(alert.get("toAdministrators").asBoolean()).isTrue();
            assertThat(alert.get("message").asText()).contains("Eddie Editor", "eddie", EDDIE, "5 failed attempts");
            assertThat(alert.get("createdAt").asText()).isEqualTo("2026-11-23T08:00:40.000Z");
            assertThat(alert.get("readAt").isNull()).isTrue();
            for (String notAdministrator : new String[]{VERA, EDDIE, ADA}) {
                JsonNode theirs = ok(app.host.get(NOTICES, notAdministrator));
                assertThat(theirs.get("notifications")).as(notAdministrator).isEmpty();
                assertThat(theirs.get("unread").asInt()).isZero();
            }
            assertThat(ok(app.host.get("/admin/lockouts", ROOT)).get("lockouts")).hasSize(1);
            assertThat(TestLedger.text(TestLedger.export(app.ledger))).contains("\"action\":\"esign.locked\"");
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(d)")
    void onlyAnAdministratorMarksAnAlertReadAndAnonymousCallersGet401(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            lockOutEddie(app);
            long alert = ok(app.host.get(NOTICES, ROOT)).at("/notifications/0/id").asLong();

            assertError(app.host.get(NOTICES, null), 401, "not_authenticated");
            assertError(app.host.post(NOTICES + "/" + alert + "/read", null, "{}"), 401, "not_authenticated");
            assertError(app.host.post(NOTICES + "/" + alert + "/read", VERA, "{}"), 404, null);
            assertError(app.host.post(NOTICES + "/" + alert + "/read", ADA, "{}"), 404, null);
            assertError(app.host.post(NOTICES + "/99999/read", ROOT, "{}"), 404, null);
            assertError(app.host.post(NOTICES + "/" + alert + "/read", ROOT, "{\"unexpected\":1}"), 400, null);
            assertError(app.host.get(NOTICES + "?limit=0", ROOT), 400, null);
            assertError(app.host.get(NOTICES + "?limit=201", ROOT), 400, null);
            assertThat(ok(app.host.get(NOTICES, ROOT)).get("unread").asInt()).as("nothing refused changed anything")
                    .isEqualTo(1);

            app.clock.advance(Duration.ofMinutes(3));
            JsonNode read = ok(app.host.post(NOTICES + "/" + alert + "/read", ROOT, "{}"));
            assertThat(read.get("id").asLong()).isEqualTo(alert);
            assertThat(read.get("read").asBoolean()).isTrue();
            JsonNode after = ok(app.host.get(NOTICES, ROOT));
            assertThat(after.get("unread").asInt()).isZero();
            assertThat(after.at("/notifications/0/readAt").asText()).isEqualTo("2026-11-23T08:03:00.000Z");
        }
    }

    private static void lockOutEddie(RiskRestFixture app) throws Exception {
        String user = EDDIE;
        String baseline = P + "/baselines/" + ok(app.host.post(P + "/baselines", user, "{\"label\":\"Release 1.0\"}"))
                .get("id").asText();
        String challenge = ok(app.host.post(baseline + "/challenge", user, "{}")).get("challengeId").asText();
        for (int attempt = 1; attempt <= 5; attempt++) {
            app.host.post(baseline + "/sign", user, "{\"challengeId\":\"" + challenge + "\",\"meaning\":\"Approved\","
                    + "\"userId\":\"eddie\",\"password\":\"wrong\"}");
        }
        assertThat(ok(app.host.get("/admin/lockouts", ROOT)).get("lockouts")).hasSize(1);
    }

    private static JsonNode ok(TestRestHost.Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return JSON.readTree(reply.body());
    }

    private static void assertError(TestRestHost.Reply reply, int status, String code) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonNode error = JSON.readTree(reply.body());
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("hint").asText()).isNotBlank();
        if (code != null) {
            assertThat(error.get("error").asText()).isEqualTo(code);
        }
    }
}
