package org.eqms.jira.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.compliance.Clause;
import org.eqms.jira.store.AoHazardRepository;
import org.eqms.jira.store.AoRiskRepository;
import org.eqms.rest.testing.TestRestHost;
import org.eqms.risk.Harm;
import org.eqms.risk.Hazard;
import org.eqms.risk.HazardCategory;
import org.eqms.risk.HazardousSituation;
import org.eqms.risk.RiskAcceptabilityPolicy;
import org.eqms.risk.RiskEstimate;
import org.eqms.risk.RiskRecord;
import org.eqms.store.ao.testing.ActiveObjectsTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.jira.rest.RiskRestFixture.OLGA;
import static org.eqms.jira.rest.RiskRestFixture.VERA;

/** The risk management file of a project over REST: register pages, summary with heat map, the plan. */
class RiskRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String P = "/projects/INF/risks";

    @ActiveObjectsTest
    @Clause("ISO14971-6")
    @Clause("ISO14971-7.6")
    void theRegisterPagesTheRisksAndTheSummaryPlacesThemOnTheDefaultMatrix(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            seed(ao, 12);
            JsonNode page = ok(app.host.get(P + "/register?offset=10&limit=5", VERA));
            assertThat(page.get("rows")).hasSize(2);
            JsonNode first = ok(app.host.get(P + "/register?limit=1", VERA)).at("/rows/0");
            assertThat(first.get("initialSeverity").asInt()).isEqualTo(4);
            assertThat(first.get("initialAcceptability").asText()).isNotBlank();
            assertThat(first.get("controls").asInt()).isZero();

            JsonNode summary = ok(app.host.get(P + "/summary", VERA));
            assertThat(summary.get("risks").asInt()).isEqualTo(12);
            assertThat(summary.get("severityLevels")).hasSize(5);
            assertThat(summary.get("acceptability")).hasSize(5);
            int severity = first.get("initialSeverity").asInt();
            int probability = first.get("initialProbability").asInt();
            assertThat(summary.at("/initial/" + (severity - 1) + "/" + (probability - 1)).asInt()).isEqualTo(12);
            assertThat(summary.get("gaps").asInt()).as("no control yet: each risk is a §7.6 gap").isPositive();

            JsonNode plan = ok(app.host.get(P + "/plan", VERA));
            assertThat(plan.has("effective")).as("no approved plan yet").isFalse();

            assertThat(app.host.get(P + "/register?limit=5000", VERA).status()).isEqualTo(400);
            assertThat(app.host.get(P + "/summary", OLGA).status()).isEqualTo(403);
            assertThat(app.host.get(P + "/register", null).status()).isEqualTo(401);
        }
    }

    @ActiveObjectsTest
    @Clause("ISO14971-4.4")
    @Clause("21CFR11.70")
    void theAdministratorDraftsThePlanAndItsSignedApprovalPutsItsAcceptabilityMatrixInForce(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            String draft = "{\"scope\":\"Infusion pump INF-100, software 2.x\",\"lifecyclePhases\":[\"design\",\"production\"],"
                    + "\"responsibilities\":[{\"role\":\"Risk manager\",\"assignee\":\"u-ada\",\"duty\":\"Owns the file\"}],"
                    + "\"severityLevels\":[\"Minor\",\"Serious\",\"Critical\"],"
                    + "\"probabilityLevels\":[{\"name\":\"Rare\",\"lowerBoundPpb\":0},{\"name\":\"Likely\",\"lowerBoundPpb\":1000000}],"
                    + "\"matrix\":[[\"ACCEPTABLE\",\"ACCEPTABLE\"],[\"ACCEPTABLE\",\"INVESTIGATE_ALARP\"],"
                    + "[\"INVESTIGATE_ALARP\",\"UNACCEPTABLE\"]],"
                    + "\"verificationActivities\":\"Each control verified by a linked test.\","
                    + "\"overallResidualRiskCriteria\":\"No unacceptable residual risk.\","
                    + "\"postProductionActivities\":\"Complaints reviewed monthly.\"}";
            assertThat(app.host.put(P + "/plan/draft", RiskRestFixture.EDDIE, draft).status()).isEqualTo(403);
            JsonNode saved = ok(app.host.put(P + "/plan/draft", RiskRestFixture.ADA, draft));
            assertThat(saved.get("status").asText()).isEqualTo("DRAFT");
            assertThat(saved.get("version").asInt()).isEqualTo(1);
            String hash = saved.get("contentHash").asText();

            JsonNode challenge = ok(app.host.post(P + "/plan/draft/challenge", RiskRestFixture.ADA, "{}"));
            assertThat(challenge.get("contentHash").asText()).isEqualTo(hash);
            JsonNode approved = ok(app.host.post(P + "/plan/draft/sign", RiskRestFixture.ADA, "{\"challengeId\":\""
                    + challenge.get("challengeId").asText() + "\",\"meaning\":\"Approved\",\"userId\":\"ada\","
                    + "\"password\":\"ada-pw\"}"));
            assertThat(approved.get("status").asText()).isEqualTo("APPROVED");
            assertThat(approved.get("contentHash").asText()).isEqualTo(hash);

            JsonNode plan = ok(app.host.get(P + "/plan", VERA));
            assertThat(plan.at("/effective/version").asInt()).isEqualTo(1);
            JsonNode summary = ok(app.host.get(P + "/summary", VERA));
            assertThat(summary.get("severityLevels")).extracting(JsonNode::asText).containsExactly("Minor", "Serious", "Critical");
            assertThat(summary.at("/acceptability/2/1").asText()).isEqualTo("UNACCEPTABLE");
            assertThat(app.host.post(P + "/plan/draft/challenge", RiskRestFixture.ADA, "{}").status())
                    .as("nothing left to approve").isEqualTo(409);
            assertThat(org.eqms.store.ao.testing.TestLedger.text(org.eqms.store.ao.testing.TestLedger.export(app.ledger)))
                    .contains("\"action\":\"risk.plan.approved\"", "\"action\":\"esign.signed\"");
        }
    }

    private static void seed(ActiveObjects ao, int count) {
        AoHazardRepository hazards = new AoHazardRepository(ao);
        AoRiskRepository risks = new AoRiskRepository(ao);
        hazards.saveHazard("INF", new Hazard("H-1", HazardCategory.ENERGY, "Excess flow", "Pump delivers too much", null));
        HazardousSituation situation = new HazardousSituation("HS-1", "H-1", List.of("Free flow", "Patient connected"),
                "Patient receives an overdose");
        hazards.saveSituation("INF", situation);
        RiskAcceptabilityPolicy policy = RiskAcceptabilityPolicy.defaults();
        for (int i = 1; i <= count; i++) {
            risks.save(RiskRecord.analysed(String.format("R-%02d", i), "INF", situation, new Harm("Overdose " + i),
                    RiskEstimate.qualitative(policy, 3, 4, 4)));
        }
    }

    private static JsonNode ok(TestRestHost.Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return JSON.readTree(reply.body());
    }
}
