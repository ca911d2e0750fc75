package org.eqms.jira.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.compliance.Clause;
import org.eqms.rest.testing.TestRestHost;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.jira.rest.RiskRestFixture.EDDIE;
import static org.eqms.jira.rest.RiskRestFixture.VERA;

/** A risk analysed, controlled in the §7.1 order, verified and re-estimated through the REST API. */
class RiskAnalysisRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A = "/projects/INF/analysis";

    @ActiveObjectsTest
    @Clause("ISO14971-5.4")
    @Clause("ISO14971-7.1")
    @Clause("ISO14971-7.2")
    @Clause("ISO14971-7.5")
    @Clause("ISO14971-7.4")
    @Clause("21CFR11.10(e)")
    void aRiskIsEstimatedControlledInOptionOrderVerifiedAndReEstimated(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            ok(app.host.put(A + "/hazards/INF-1", EDDIE, "{\"category\":\"ENERGY\",\"name\":\"Excess flow\"}"));
            ok(app.host.put(A + "/situations/INF-2", EDDIE, "{\"hazardId\":\"INF-1\",\"sequenceOfEvents\":"
                    + "[\"Occlusion cleared\",\"Bolus released\"],\"description\":\"Patient receives a bolus\"}"));
            JsonNode risk = ok(app.host.put(A + "/risks/R-1", EDDIE, "{\"situationId\":\"INF-2\",\"harm\":\"Overdose\","
                    + "\"p1\":3,\"p2\":4,\"severity\":5}"));
            assertThat(risk.at("/initial/severity").asInt()).isEqualTo(5);
            assertThat(risk.at("/initial/method").asText()).isNotBlank();

            TestRestHost.Reply skipped = app.host.post(A + "/risks/R-1/controls", EDDIE,
                    "{\"id\":\"C-1\",\"description\":\"Warning label\",\"option\":\"INFORMATION_FOR_SAFETY\"}");
            assertThat(skipped.status()).as("§7.1: information for safety first needs a justification").isBetween(400, 409);
            JsonNode controlled = ok(app.host.post(A + "/risks/R-1/controls", EDDIE,
                    "{\"id\":\"C-1\",\"description\":\"Pressure sensor stops the pump\",\"option\":\"INHERENT_SAFETY_BY_DESIGN\"}"));
            assertThat(controlled.at("/controls/0/option").asText()).isEqualTo("INHERENT_SAFETY_BY_DESIGN");
            ok(app.host.post(A + "/risks/R-1/controls/C-1/verifications", EDDIE,
                    "{\"itemId\":\"INF-9\",\"purpose\":\"IMPLEMENTATION\",\"status\":\"PASSED\"}"));
            JsonNode reviewed = ok(app.host.put(A + "/risks/R-1/controls/C-1/new-hazards-review", EDDIE,
                    "{\"introducedHazardIds\":[],\"note\":\"The sensor adds no new energy or information hazard.\"}"));
            assertThat(reviewed.at("/controls/0/newHazardsReviewed").asBoolean()).isTrue();
            JsonNode residual = ok(app.host.put(A + "/risks/R-1/residual", EDDIE, "{\"p1\":1,\"p2\":2,\"severity\":5}"));
            assertThat(residual.at("/residual/p").asInt()).isLessThan(risk.at("/initial/p").asInt());
            TestRestHost.Reply benefit = app.host.put(A + "/risks/R-1/benefit-risk", EDDIE, "{\"reference\":\"BRA-7\","
                    + "\"rationale\":\"Therapy needs a high flow rate\",\"benefitsOutweighResidualRisk\":true}");
            assertThat(benefit.status()).as(benefit.toString()).isEqualTo(200);
            assertThat(JSON.readTree(benefit.body()).at("/benefitRisk/reference").asText()).isEqualTo("BRA-7");
            assertThat(app.host.put(A + "/risks/R-1/benefit-risk", EDDIE, "{\"reference\":\"BRA-7\"}").status())
                    .isEqualTo(400);

            JsonNode row = ok(app.host.get("/projects/INF/risks/register", VERA)).at("/rows/0");
            assertThat(row.get("riskId").asText()).isEqualTo("R-1");
            assertThat(row.get("controls").asInt()).isEqualTo(1);
            assertThat(row.get("residualSeverity").asInt()).isEqualTo(5);

            assertThat(app.host.put(A + "/risks/R-2", EDDIE, "{\"situationId\":\"NOPE\",\"harm\":\"x\",\"p1\":1,\"p2\":1,"
                    + "\"severity\":1}").status()).isEqualTo(404);
            assertThat(app.host.put(A + "/risks/R-1", EDDIE, "{\"p1\":0,\"p2\":1,\"severity\":1}").status()).isEqualTo(400);
            assertThat(app.host.put(A + "/risks/R-1/residual", VERA, "{\"p1\":1,\"p2\":1,\"severity\":1}").status())
                    .isEqualTo(403);
            assertThat(TestLedger.text(TestLedger.export(app.ledger))).contains("\"action\":\"risk.saved\"",
                    "\"action\":\"risk.hazard.saved\"");
        }
    }

    private static JsonNode ok(TestRestHost.Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }
}
