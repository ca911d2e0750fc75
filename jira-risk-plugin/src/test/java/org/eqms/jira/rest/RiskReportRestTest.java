package org.eqms.jira.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.compliance.Clause;
import org.eqms.jira.store.entity.ReportRow;
import org.eqms.rest.testing.TestRestHost;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.jira.rest.RiskRestFixture.ADA;
import static org.eqms.jira.rest.RiskRestFixture.EDDIE;
import static org.eqms.jira.rest.RiskRestFixture.OLGA;
import static org.eqms.jira.rest.RiskRestFixture.VERA;

/**
 * The risk management review (ISO 14971 §8, §9) and its signed report over REST, with the real application
 * service, AO store, ledger and e-signature engine.
 */
class RiskReportRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String R = "/projects/INF/risks/report";
    private static final String A = "/projects/INF/analysis";
    static final String REVIEW = "{\"method\":\"Expert panel against the plan's criteria\",\"acceptable\":true,"
            + "\"rationale\":\"Every residual risk is acceptable; no combination raises the overall risk.\","
            + "\"disclosureReference\":\"IFU section 7\",\"productionInformationMethods\":"
            + "\"Complaints and service reports reviewed monthly (SOP-PMS-1).\"}";

    @ActiveObjectsTest
    @Clause("ISO14971-8")
    @Clause("ISO14971-9")
    @Clause("21CFR11.50")
    @Clause("21CFR11.70")
    void theReviewConcludesAgainstTheApprovedPlanAndItsReportIsSignedReviewedThenApproved(ActiveObjects ao)
            throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            JsonNode none = ok(app.host.get(R, VERA));
            assertThat(none.get("latest").isNull()).isTrue();
            assertError(app.host.post(R + "/review", ADA, REVIEW), 409, "plan_not_approved");

            approvePlan(app);
            analyseRisk(app, "R-1", 1, 1, 5);
            assertError(app.host.post(R + "/review", ADA, REVIEW), 409, "open_gaps");
            assertThat(app.reports.versions("INF")).as("a refused review writes nothing").isEmpty();

            analyseRisk(app, "R-1", 1, 1, 1);
            JsonNode first = ok(app.host.post(R + "/review", ADA, REVIEW));
            assertThat(first.get("version").asInt()).isEqualTo(1);
            assertThat(first.get("status").asText()).isEqualTo("CONCLUDED");
            assertThat(first.get("intact").asBoolean()).isTrue();
            assertThat(first.at("/content/format").asText()).isEqualTo("eqms-risk-report/1");
            assertThat(first.at("/content/planVersion").asInt()).isEqualTo(1);
            assertThat(first.at("/content/summary/risks").asInt()).isEqualTo(1);
            assertThat(first.at("/content/overallResidualRisk/acceptable").asBoolean()).isTrue();
            assertThat(first.at("/content/overallResidualRisk/evaluatorKey").asText()).isEqualTo(ADA);

            // a second review supersedes the first, which was never approved
            app.clock.advance(java.time.Duration.ofMinutes(5));
            JsonNode second = ok(app.host.post(R + "/review", ADA, REVIEW));
            assertThat(second.get("version").asInt()).isEqualTo(2);
            String hash = second.get("contentHash").asText();
            assertThat(hash).isNotEqualTo(first.get("contentHash").asText());

            JsonNode early = ok(app.host.post(R + "/challenge", ADA, "{}"));
            assertError(app.host.post(R + "/sign", ADA, sign(early, "Approved")), 409, "signature_order");
            assertError(app.host.post(R + "/sign", ADA, sign(early, "Authored")), 400, "missing_value");

            JsonNode challenge = ok(app.host.post(R + "/challenge", ADA, "{}"));
            assertThat(challenge.get("version").asInt()).isEqualTo(2);
            assertThat(challenge.get("contentHash").asText()).isEqualTo(hash);
            JsonNode reviewed = ok(app.host.post(R + "/sign", ADA, sign(challenge, "Reviewed")));
            assertThat(reviewed.get("status").asText()).isEqualTo("REVIEWED");
            assertThat(reviewed.at("/signatures/0/meaning").asText()).isEqualTo("Reviewed");
            assertThat(reviewed.at("/signatures/0/signer").asText()).isEqualTo("Ada Admin");
            assertThat(reviewed.at("/signatures/0/contentHash").asText()).isEqualTo(hash);

            JsonNode approved = ok(app.host.post(R + "/sign", ADA,
                    sign(ok(app.host.post(R + "/challenge", ADA, "{}")), "Approved")));
            assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
            assertThat(approved.get("signatures")).extracting(s -> s.get("meaning").asText())
                    .containsExactly("Reviewed", "Approved");

            JsonNode report = ok(app.host.get(R, VERA));
            assertThat(report.at("/latest/version").asInt()).isEqualTo(2);
            assertThat(report.get("versions")).extracting(v -> v.get("status").asText())
                    .containsExactly("SUPERSEDED", "APPROVED");
            assertThat(report.get("versions")).allMatch(v -> v.get("intact").asBoolean());

            TestRestHost.Reply pdf = app.host.get(R + "/report.pdf", VERA);
            assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(pdf.body()).startsWith("%PDF-");
            assertThat(app.host.get(R + "/report.pdf?version=1", VERA).status()).isEqualTo(200);
            assertError(app.host.get(R + "/report.pdf?version=9", VERA), 404, "unknown_id");
            assertError(app.host.get(R + "/report.pdf?version=x", VERA), 400, "bad_request");

            assertError(app.host.post(R + "/challenge", ADA, "{}"), 409, "report_not_editable");
            // a newer review after approval is version 3; the approved version 2 stays as it was
            ok(app.host.post(R + "/review", ADA, REVIEW));
            JsonNode after = ok(app.host.get(R, VERA));
            assertThat(after.get("versions")).extracting(v -> v.get("status").asText())
                    .containsExactly("SUPERSEDED", "APPROVED", "CONCLUDED");
            assertThat(after.at("/versions/1/contentHash").asText()).isEqualTo(hash);
            assertThat(after.at("/versions/1/signatures").asInt()).isEqualTo(2);

            String audit = TestLedger.text(TestLedger.export(app.ledger));
            assertThat(audit).contains("\"action\":\"risk.report.concluded\"", "\"action\":\"risk.report.signed\"",
                    "\"meaning\":\"Approved\"", "\"supersededVersion\":1",
                    "\"action\":\"risk.report.exported\"");
        }
    }

    @ActiveObjectsTest
    @Clause("ISO14971-9")
    @Clause("21CFR11.10(a)")
    void aTamperedStoredReportShowsNotIntactAndCannotBeSigned(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            approvePlan(app);
            analyseRisk(app, "R-1", 1, 1, 1);
            ok(app.host.post(R + "/review", ADA, REVIEW));
            ReportRow row = ao.find(ReportRow.class, net.java.ao.Query.select())[0];
            String tampered = row.getReportJson().replace("Every residual risk", "Most residual risks");
            assertThat(tampered).isNotEqualTo(row.getReportJson());
            Map<String, Object> copy = new LinkedHashMap<>();
            copy.put(ReportRow.PROJECT_KEY, row.getProjectKey());
            copy.put(ReportRow.REPORT_VERSION, row.getReportVersion());
            copy.put(ReportRow.PROJECT_VERSION, row.getProjectVersion());
            copy.put(ReportRow.REPORT_STATUS, row.getReportStatus());
            copy.put(ReportRow.CONTENT_HASH, row.getContentHash());
            copy.put(ReportRow.REPORT_JSON, tampered);
            copy.put(ReportRow.SIGNATURES_JSON, row.getSignaturesJson());
            copy.put(ReportRow.SIGNATURE_COUNT, row.getSignatureCount());
            ao.delete(row);
            ao.create(ReportRow.class, copy);

            JsonNode report = ok(app.host.get(R, VERA));
            assertThat(report.at("/latest/intact").asBoolean()).isFalse();
            assertThat(report.at("/versions/0/intact").asBoolean()).isFalse();
            assertThat(app.host.post(R + "/challenge", ADA, "{}").status()).isEqualTo(409);
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(d)")
    void everyReportPathChecksTheCallersJiraPermission(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            approvePlan(app);
            analyseRisk(app, "R-1", 1, 1, 1);
            Map<String, Integer> read = Map.of("anonymous", 401, OLGA, 403, VERA, 200, EDDIE, 200, ADA, 200);
            Map<String, Integer> sign = Map.of("anonymous", 401, OLGA, 403, VERA, 403, EDDIE, 403);
            for (String user : List.of("anonymous", OLGA, VERA, EDDIE, ADA)) {
                String who = "anonymous".equals(user) ? null : user;
                assertThat(app.host.get(R, who).status()).as("GET report as " + user).isEqualTo(read.get(user));
                assertThat(app.host.get(R + "/report.pdf", who).status()).as("GET report.pdf as " + user)
                        .isEqualTo(read.get(user) == 200 ? 404 : read.get(user));
                if (!ADA.equals(user)) {
                    int expected = sign.get(user);
                    assertThat(app.host.post(R + "/review", who, REVIEW).status()).as("review as " + user)
                            .isEqualTo(expected);
                    assertThat(app.host.post(R + "/challenge", who, "{}").status()).as("challenge as " + user)
                            .isEqualTo(expected);
                    assertThat(app.host.post(R + "/sign", who, "{\"challengeId\":\"x\",\"meaning\":\"Reviewed\"}")
                            .status()).as("sign as " + user).isEqualTo(expected);
                }
            }
            assertThat(app.reports.versions("INF")).as("nothing was written by a refused caller").isEmpty();
            assertThat(app.host.get("/projects/MON/risks/report", VERA).status()).isEqualTo(403);
        }
    }

    @ActiveObjectsTest
    @Clause("ISO14971-8")
    void badReviewInputIsRefusedWithAClearErrorAndWritesNothing(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            approvePlan(app);
            analyseRisk(app, "R-1", 1, 1, 1);
            assertError(app.host.post(R + "/review", ADA, "{\"method\":\"Panel\"}"), 400, "bad_request");
            assertError(app.host.post(R + "/review", ADA, REVIEW.replace("\"acceptable\":true",
                    "\"acceptable\":\"yes\"")), 400, "bad_request");
            assertError(app.host.post(R + "/review", ADA, REVIEW.replace("{", "{\"extra\":1,")), 400, null);
            assertError(app.host.post(R + "/review", ADA, "not json"), 400, null);
            // §8: not acceptable needs the benefit-risk analysis that shows the benefits outweigh it
            assertError(app.host.post(R + "/review", ADA, REVIEW.replace("\"acceptable\":true",
                    "\"acceptable\":false")), 400, "missing_value");
            assertThat(app.reports.versions("INF")).isEmpty();
            JsonNode notAcceptable = ok(app.host.post(R + "/review", ADA, REVIEW.replace("\"acceptable\":true",
                    "\"acceptable\":false,\"benefitRiskReference\":\"BRA-OVERALL-1\"")));
            assertThat(notAcceptable.at("/content/overallResidualRisk/benefitRiskReference").asText())
                    .isEqualTo("BRA-OVERALL-1");
            assertError(app.host.post(R + "/sign", ADA, "{\"meaning\":\"Reviewed\"}"), 400, "bad_request");
        }
    }

    static void approvePlan(RiskRestFixture app) throws Exception {
        String draft = "{\"scope\":\"Infusion pump INF-100\",\"lifecyclePhases\":[\"design\"],"
                + "\"responsibilities\":[{\"role\":\"Risk manager\",\"assignee\":\"u-ada\",\"duty\":\"Owns the file\"}],"
                + "\"verificationActivities\":\"Each control verified by a linked test.\","
                + "\"overallResidualRiskCriteria\":\"No unacceptable residual risk.\","
                + "\"postProductionActivities\":\"Complaints reviewed monthly.\"}";
        ok(app.host.put("/projects/INF/risks/plan/draft", ADA, draft));
        JsonNode challenge = ok(app.host.post("/projects/INF/risks/plan/draft/challenge", ADA, "{}"));
        ok(app.host.post("/projects/INF/risks/plan/draft/sign", ADA, sign(challenge, "Approved")));
    }

    /** One hazard, situation and risk with the initial estimate given (no control). */
    static void analyseRisk(RiskRestFixture app, String riskId, int p1, int p2, int severity) throws Exception {
        ok(app.host.put(A + "/hazards/INF-1", EDDIE, "{\"category\":\"ENERGY\",\"name\":\"Excess flow\"}"));
        ok(app.host.put(A + "/situations/INF-2", EDDIE, "{\"hazardId\":\"INF-1\",\"sequenceOfEvents\":"
                + "[\"Occlusion cleared\"],\"description\":\"Patient receives a bolus\"}"));
        ok(app.host.put(A + "/risks/" + riskId, EDDIE, "{\"situationId\":\"INF-2\",\"harm\":\"Overdose\","
                + "\"p1\":" + p1 + ",\"p2\":" + p2 + ",\"severity\":" + severity + "}"));
    }

    static String sign(JsonNode challenge, String meaning) {
        return "{\"challengeId\":\"" + challenge.get("challengeId").asText() + "\",\"meaning\":\"" + meaning
                + "\",\"userId\":\"ada\",\"password\":\"ada-pw\"}";
    }

    static JsonNode ok(TestRestHost.Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }

    private static void assertError(TestRestHost.Reply reply, int status, String code) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonNode error = JSON.readTree(reply.body());
        if (code != null) {
            assertThat(error.get("error").asText()).isEqualTo(code);
        }
        assertThat(error.get("message").asText()).isNotBlank();
        assertThat(error.get("hint").asText()).isNotBlank();
    }
}
