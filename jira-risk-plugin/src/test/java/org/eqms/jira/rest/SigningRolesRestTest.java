package org.eqms.jira.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.compliance.Clause;
import org.eqms.rest.testing.TestRestHost;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.jira.rest.RiskRestFixture.ADA;
import static org.eqms.jira.rest.RiskRestFixture.EDDIE;
import static org.eqms.jira.rest.RiskRestFixture.OLGA;
import static org.eqms.jira.rest.RiskRestFixture.VERA;

/**
 * The project's signing roles: administrators name who signs for each duty (audited, over the revision read), and
 * once a duty names people only they get a challenge and sign; a duty naming nobody stays with the Jira permission.
 */
class SigningRolesRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ROLES = "/projects/INF/signing-roles";
    private static final String PLAN = "/projects/INF/risks/plan/draft";
    private static final String REPORT = "/projects/INF/risks/report";
    private static final String DRAFT = "{\"scope\":\"Pump\",\"lifecyclePhases\":[\"design\"],"
            + "\"responsibilities\":[{\"role\":\"Risk manager\",\"assignee\":\"u-ada\",\"duty\":\"Owns the file\"}],"
            + "\"severityLevels\":[\"Minor\",\"Critical\"],"
            + "\"probabilityLevels\":[{\"name\":\"Rare\",\"lowerBoundPpb\":0},{\"name\":\"Likely\",\"lowerBoundPpb\":1000000}],"
            + "\"matrix\":[[\"ACCEPTABLE\",\"INVESTIGATE_ALARP\"],[\"INVESTIGATE_ALARP\",\"UNACCEPTABLE\"]],"
            + "\"verificationActivities\":\"Tests.\",\"overallResidualRiskCriteria\":\"None unacceptable.\","
            + "\"postProductionActivities\":\"Complaints reviewed.\"}";

    @ActiveObjectsTest
    @Clause("21CFR11.10(g)")
    @Clause("21CFR11.10(e)")
    void administratorsNameTheSignersOfEachDutyOverTheRevisionTheyReadAndEachSaveIsAudited(ActiveObjects ao)
            throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            JsonNode none = ok(app.host.get(ROLES, VERA));
            assertThat(none.get("revision").asInt()).isZero();
            assertThat(none.at("/signers/RISK_PLAN_APPROVAL")).isEmpty();
            assertThat(none.at("/restricted/RISK_PLAN_APPROVAL").asBoolean()).isFalse();
            assertThat(none.at("/otherwiseJiraPermission/RISK_PLAN_APPROVAL").asText()).isEqualTo("ADMINISTER");
            assertThat(none.at("/otherwiseJiraPermission/BASELINE_SIGNING").asText()).isEqualTo("EDIT");

            JsonNode saved = ok(app.host.put(ROLES, ADA, "{\"revision\":0,\"signers\":{\"RISK_PLAN_APPROVAL\":"
                    + "[\"u-eddie\",\"u-ada\",\"u-eddie\"],\"BASELINE_SIGNING\":[\"u-vera\"]}}"));
            assertThat(saved.get("revision").asInt()).isEqualTo(1);
            assertThat(saved.at("/signers/RISK_PLAN_APPROVAL")).extracting(JsonNode::asText)
                    .containsExactly("u-ada", "u-eddie");
            assertThat(saved.at("/restricted/BASELINE_SIGNING").asBoolean()).isTrue();
            assertThat(saved.at("/restricted/RISK_REPORT_REVIEW").asBoolean()).isFalse();
            String ledger = TestLedger.text(TestLedger.export(app.ledger));
            assertThat(ledger).contains("\"action\":\"risk.signing-roles.saved\"",
                    "\"new\":\"RISK_PLAN_APPROVAL: u-ada, u-eddie; BASELINE_SIGNING: u-vera\"");

            long entries = entries(app);
            String again = "{\"revision\":0,\"signers\":{\"RISK_PLAN_APPROVAL\":[\"u-ada\"]}}";
            assertError(app.host.put(ROLES, ADA, again), 409, "stale_revision");
            assertError(app.host.put(ROLES, ADA, "{\"revision\":1,\"signers\":{\"RISK_PLAN_APPROVAL\":[\"u-nobody\"]}}"),
                    400, "bad_request");
            assertError(app.host.put(ROLES, ADA, "{\"revision\":1,\"signers\":{\"APPROVE_ALL\":[\"u-ada\"]}}"), 400,
                    "bad_request");
            assertError(app.host.put(ROLES, ADA, "{\"revision\":1,\"signers\":{\"RISK_PLAN_APPROVAL\":[7]}}"), 400,
                    "bad_request");
            assertError(app.host.put(ROLES, ADA, "{\"revision\":1,\"signers\":[]}"), 400, "bad_request");
            assertError(app.host.put(ROLES, ADA, "{\"revision\":-1,\"signers\":{}}"), 400, "bad_request");
            assertError(app.host.put(ROLES, ADA, "{\"revision\":1"), 400, null);
            assertError(app.host.put(ROLES, EDDIE, "{\"revision\":1,\"signers\":{}}"), 403, "forbidden");
            assertError(app.host.put(ROLES, null, "{\"revision\":1,\"signers\":{}}"), 401, "not_authenticated");
            assertError(app.host.get(ROLES, OLGA), 403, "forbidden");
            assertThat(ok(app.host.get(ROLES, VERA)).get("revision").asInt()).as("refusals change nothing").isEqualTo(1);
            assertThat(entries(app)).isEqualTo(entries);
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(g)")
    @Clause("ISO14971-4.4")
    void onceADutyNamesPeopleOnlyTheyMaySignForItWhileOtherDutiesKeepTheirJiraPermission(ActiveObjects ao)
            throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            ok(app.host.put(PLAN, ADA, DRAFT));
            assertError(app.host.post(PLAN + "/challenge", EDDIE, "{}"), 403, "forbidden");
            ok(app.host.post(PLAN + "/challenge", ADA, "{}"));

            ok(app.host.put(ROLES, ADA, "{\"revision\":0,\"signers\":{\"RISK_PLAN_APPROVAL\":[\"u-eddie\"],"
                    + "\"BASELINE_SIGNING\":[\"u-ada\"]}}"));
            assertError(app.host.post(PLAN + "/challenge", ADA, "{}"), 403, "forbidden");
            JsonNode challenge = ok(app.host.post(PLAN + "/challenge", EDDIE, "{}"));
            assertError(app.host.post(PLAN + "/sign", ADA, "{\"challengeId\":\"" + challenge.get("challengeId").asText()
                    + "\",\"meaning\":\"Approved\",\"userId\":\"ada\",\"password\":\"ada-pw\"}"), 403, "forbidden");
            JsonNode approved = ok(app.host.post(PLAN + "/sign", EDDIE, "{\"challengeId\":\""
                    + challenge.get("challengeId").asText() + "\",\"meaning\":\"Approved\",\"userId\":\"eddie\","
                    + "\"password\":\"eddie-pw\"}"));
            assertThat(approved.get("status").asText()).isEqualTo("APPROVED");

            String baseline = ok(app.host.post("/projects/INF/baselines", EDDIE, "{\"label\":\"Release 1\"}"))
                    .get("id").asText();
            assertError(app.host.post("/projects/INF/baselines/" + baseline + "/challenge", EDDIE, "{}"), 403,
                    "forbidden");
            ok(app.host.post("/projects/INF/baselines/" + baseline + "/challenge", ADA, "{}"));
            assertError(app.host.post("/projects/INF/baselines/" + baseline + "/challenge", OLGA, "{}"), 403,
                    "forbidden");
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(g)")
    @Clause("ISO14971-9")
    void theReportsReviewedAndApprovedSignaturesAreEachTheDutyOfThePeopleNamedForIt(ActiveObjects ao)
            throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            RiskReportRestTest.approvePlan(app);
            RiskReportRestTest.analyseRisk(app, "R-1", 1, 1, 1);
            ok(app.host.post(REPORT + "/review", ADA, RiskReportRestTest.REVIEW));
            ok(app.host.put(ROLES, ADA, "{\"revision\":0,\"signers\":{\"RISK_REPORT_REVIEW\":[\"u-eddie\"],"
                    + "\"RISK_REPORT_APPROVAL\":[\"u-ada\"]}}"));

            assertError(app.host.post(REPORT + "/challenge", ADA, "{}"), 403, "forbidden");
            JsonNode review = ok(app.host.post(REPORT + "/challenge", EDDIE, "{}"));
            assertError(app.host.post(REPORT + "/sign", EDDIE, signAs(review, "Approved", "eddie")), 403,
                    "forbidden");
            JsonNode reviewed = ok(app.host.post(REPORT + "/sign", EDDIE, signAs(review, "Reviewed", "eddie")));
            assertThat(reviewed.get("status").asText()).isEqualTo("REVIEWED");

            assertError(app.host.post(REPORT + "/challenge", EDDIE, "{}"), 403, "forbidden");
            JsonNode approval = ok(app.host.post(REPORT + "/challenge", ADA, "{}"));
            JsonNode approved = ok(app.host.post(REPORT + "/sign", ADA, signAs(approval, "Approved", "ada")));
            assertThat(approved.get("signatures")).extracting(x -> x.get("signer").asText())
                    .containsExactly("Eddie Editor", "Ada Admin");
        }
    }

    private static String signAs(JsonNode challenge, String meaning, String user) {
        return "{\"challengeId\":\"" + challenge.get("challengeId").asText() + "\",\"meaning\":\"" + meaning
                + "\",\"userId\":\"" + user + "\",\"password\":\"" + user + "-pw\"}";
    }

    private static long entries(RiskRestFixture app) {
        return TestLedger.text(TestLedger.export(app.ledger)).lines().filter(l -> l.contains("\"kind\":\"entry\""))
                .count();
    }

    private static JsonNode ok(TestRestHost.Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return JSON.readTree(reply.body());
    }

    private static void assertError(TestRestHost.Reply reply, int status, String code) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonNode error = JSON.readTree(reply.body());
        assertThat(error.get("message").asText()).isNotBlank();
        if (code != null) {
            assertThat(error.get("error").asText()).isEqualTo(code);
        }
    }
}
