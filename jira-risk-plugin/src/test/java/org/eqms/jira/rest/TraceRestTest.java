package org.eqms.jira.rest;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import net.java.ao.Query;
import org.eqms.compliance.Clause;
import org.eqms.jira.store.entity.BaselineRow;
import org.eqms.rest.testing.TestRestHost;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;
import org.eqms.trace.ItemRole;
import org.eqms.trace.TraceItem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.jira.rest.RiskRestFixture.ADA;
import static org.eqms.jira.rest.RiskRestFixture.EDDIE;
import static org.eqms.jira.rest.RiskRestFixture.OLGA;
import static org.eqms.jira.rest.RiskRestFixture.VERA;

/** The traceability REST API of a project, on real AO stores, through Jetty and Jersey. */
class TraceRestTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String P = "/projects/INF";

    @ActiveObjectsTest
    @Clause("IEC62304-5.1.1")
    @Clause("ISO14971-7.1")
    void theMatrixPagesRequirementsWithTheirCoverageAndTheGapListSaysWhatIsMissing(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            JsonNode matrix = ok(app.host.get(P + "/matrix?role=SOFTWARE_REQUIREMENT&limit=10", VERA));
            assertThat(matrix.get("total").asInt()).isEqualTo(2);
            assertThat(matrix.get("rows")).extracting(r -> r.at("/item/key").asText()).containsExactly("SRS-1", "SRS-2");
            assertThat(matrix.at("/rows/0/coverage").asText()).isEqualTo("OPEN");
            assertThat(matrix.at("/rows/1/coverage").asText()).isEqualTo("NOT_VERIFIED");

            JsonNode gaps = ok(app.host.get(P + "/gaps", VERA));
            assertThat(gaps.get("gaps")).anySatisfy(g -> {
                assertThat(g.get("kind").asText()).isEqualTo("REQUIREMENT_WITHOUT_TEST");
                assertThat(g.get("itemKey").asText()).isEqualTo("SRS-2");
                assertThat(g.at("/fix/instruction").asText()).isNotBlank();
            });
            assertThat(gaps.get("gaps")).anySatisfy(g -> assertThat(g.get("kind").asText()).isEqualTo("OPEN_VERIFICATION"));
            assertThat(gaps.get("gaps")).noneSatisfy(g ->
                    assertThat(g.get("kind").asText()).isEqualTo("UNACCEPTABLE_RISK_WITHOUT_CONTROL"));

            assertError(app.host.get(P + "/matrix?role=NOPE", VERA), 400, "bad_request");
            assertError(app.host.get(P + "/matrix?limit=5000", VERA), 400, null);
        }
    }

    @ActiveObjectsTest
    @Clause("IEC62304-8.2.3")
    @Clause("21CFR11.10(e)")
    void aChangedRiskControlMakesItsDownstreamLinksSuspectUntilAnEditorReReviewsThem(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            app.change(TraceItem.of("2", ItemRole.RISK_CONTROL, "RC-1", "Dose limit check, 10 mL/h"), EDDIE);
            JsonNode suspects = ok(app.host.get(P + "/suspects", VERA));
            assertThat(suspects.get("suspects")).extracting(s -> s.at("/link/to").asText()).containsExactlyInAnyOrder("3", "4");
            assertThat(suspects.get("suspects")).as("items by their Jira keys, who changed it by full name")
                    .allSatisfy(s -> {
                        assertThat(s.get("fromKey").asText()).isEqualTo("RC-1");
                        assertThat(s.get("changedItemKey").asText()).isEqualTo("RC-1");
                        assertThat(s.get("changedBy").asText()).isEqualTo(EDDIE);
                        assertThat(s.get("changedByName").asText()).isEqualTo("Eddie Editor");
                    }).extracting(s -> s.get("toKey").asText()).containsExactlyInAnyOrder("IMPL-1", "T-1");
            assertThat(ok(app.host.get(P + "/gaps", VERA)).get("gaps"))
                    .anySatisfy(g -> assertThat(g.get("kind").asText()).isEqualTo("SUSPECT_LINK"));

            String review = "{\"from\":\"2\",\"type\":\"VERIFIED_BY\",\"to\":\"4\",\"reason\":\"T-1 still covers the new limit\"}";
            assertError(app.host.post(P + "/suspects/review", VERA, review), 403, "forbidden");
            JsonNode reviewed = ok(app.host.post(P + "/suspects/review", EDDIE, review));
            assertThat(reviewed.get("reviewerKey").asText()).isEqualTo(EDDIE);
            assertThat(ok(app.host.get(P + "/suspects", VERA)).get("suspects"))
                    .extracting(s -> s.at("/link/to").asText()).containsExactly("3");
            assertError(app.host.post(P + "/suspects/review", EDDIE, review), 409, "link_not_suspect");
            assertThat(TestLedger.text(TestLedger.export(app.ledger))).contains("\"action\":\"trace.link.reviewed\"",
                    "T-1 still covers the new limit");
        }
    }

    @ActiveObjectsTest
    @Clause("IEC62304-5.1.1")
    @Clause("21CFR11.70")
    void aBaselineSnapshotsTheTraceAndTheDiffOfTwoBaselinesShowsWhatChanged(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            JsonNode first = JSON.readTree(app.host.post(P + "/baselines", EDDIE, "{\"label\":\"Release 1.0\"}").body());
            assertThat(first.get("items").asInt()).isEqualTo(7);
            assertThat(first.get("contentHash").asText()).matches("[0-9a-f]{64}");
            assertThat(first.get("intact").asBoolean()).isTrue();
            assertThat(first.get("createdByName").asText()).isEqualTo("Eddie Editor");
            app.change(TraceItem.of("7", ItemRole.SOFTWARE_REQUIREMENT, "SRS-2", "Log every dose and alarm"), EDDIE);
            JsonNode second = JSON.readTree(app.host.post(P + "/baselines", EDDIE, "{\"label\":\"Release 1.1\"}").body());
            assertThat(second.get("contentHash").asText()).isNotEqualTo(first.get("contentHash").asText());

            JsonNode list = ok(app.host.get(P + "/baselines", VERA));
            assertThat(list.get("baselines")).extracting(b -> b.get("label").asText())
                    .containsExactlyInAnyOrder("Release 1.0", "Release 1.1");
            assertThat(list.get("baselines")).allSatisfy(b -> {
                assertThat(b.get("createdBy").asText()).isEqualTo(EDDIE);
                assertThat(b.get("createdByName").asText()).isEqualTo("Eddie Editor");
                assertThat(b.has("intact")).as("the list does not load snapshots, so it claims no integrity").isFalse();
            });
            JsonNode diff = ok(app.host.get(P + "/baselines/" + first.get("id").asText() + "/diff/"
                    + second.get("id").asText(), VERA));
            assertThat(diff.get("changedItems")).hasSize(1);
            assertThat(diff.get("olderIntact").asBoolean()).isTrue();
            assertThat(diff.get("newerIntact").asBoolean()).isTrue();
            assertThat(diff.at("/changedItems/0/after/key").asText()).isEqualTo("SRS-2");
            assertThat(diff.at("/changedItems/0/changedMembers")).extracting(JsonNode::asText).contains("title");
            assertError(app.host.post(P + "/baselines", VERA, "{\"label\":\"x\"}"), 403, "forbidden");

            String path = P + "/baselines/" + second.get("id").asText();
            JsonNode challenge = ok(app.host.post(path + "/challenge", EDDIE, "{}"));
            assertThat(challenge.get("contentHash").asText()).isEqualTo(second.get("contentHash").asText());
            assertThat(challenge.get("intact").asBoolean()).isTrue();
            String sign = "{\"challengeId\":\"" + challenge.get("challengeId").asText() + "\",\"meaning\":\"Approved\","
                    + "\"reason\":\"Release 1.1 trace reviewed\",\"userId\":\"eddie\",\"password\":\"%s\"}";
            assertError(app.host.post(path + "/sign", EDDIE, sign.formatted("guess")), 401, "wrong_credentials");
            JsonNode signed = ok(app.host.post(path + "/sign", EDDIE, sign.formatted("eddie-pw")));
            assertThat(signed.get("contentHash").asText()).isEqualTo(second.get("contentHash").asText());
            assertThat(signed.get("signerName").asText()).isEqualTo("Eddie Editor");
            JsonNode listed = ok(app.host.get(P + "/baselines", VERA));
            assertThat(listed.get("baselines")).anySatisfy(b -> {
                assertThat(b.get("label").asText()).isEqualTo("Release 1.1");
                assertThat(b.at("/signatures/0/meaning").asText()).isEqualTo("Approved");
            });
            JsonNode otherChallenge = ok(app.host.post(P + "/baselines/" + first.get("id").asText() + "/challenge", EDDIE, "{}"));
            String crossed = "{\"challengeId\":\"" + otherChallenge.get("challengeId").asText()
                    + "\",\"meaning\":\"Approved\",\"userId\":\"eddie\",\"password\":\"eddie-pw\"}";
            assertThat(app.host.post(path + "/sign", EDDIE, crossed).status()).as("challenge of another baseline").isEqualTo(404);
            assertError(app.host.get(P + "/baselines/nope/diff/" + first.get("id").asText(), VERA), 404, null);
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(a)")
    void aBaselineAlteredInTheDatabaseIsShownNotIntactWhenComparedAndCannotBeSigned(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            String older = JSON.readTree(app.host.post(P + "/baselines", EDDIE, "{\"label\":\"Release 1.0\"}").body())
                    .get("id").asText();
            String newer = JSON.readTree(app.host.post(P + "/baselines", EDDIE, "{\"label\":\"Release 1.1\"}").body())
                    .get("id").asText();
            BaselineRow row = ao.find(BaselineRow.class, Query.select().where(BaselineRow.BASELINE_ID + " = ?", newer))[0];
            String json = row.getBaselineJson();
            assertThat(json).contains("Log every dose");
            Map<String, Object> altered = new HashMap<>();
            altered.put(BaselineRow.PROJECT_KEY, row.getProjectKey());
            altered.put(BaselineRow.BASELINE_ID, row.getBaselineId());
            altered.put(BaselineRow.PROJECT_BASELINE, row.getProjectBaseline());
            altered.put(BaselineRow.BASELINE_LABEL, row.getBaselineLabel());
            altered.put(BaselineRow.CREATED_BY, row.getCreatedBy());
            altered.put(BaselineRow.CREATED_AT, row.getCreatedAt());
            altered.put(BaselineRow.BASELINE_HASH, row.getBaselineHash());
            altered.put(BaselineRow.ITEM_COUNT, row.getItemCount());
            altered.put(BaselineRow.LINK_COUNT, row.getLinkCount());
            altered.put(BaselineRow.BASELINE_JSON, json.replace("Log every dose", "Log some doses"));
            ao.deleteWithSQL(BaselineRow.class, "ID = ?", row.getID());
            ao.create(BaselineRow.class, altered);

            JsonNode diff = ok(app.host.get(P + "/baselines/" + older + "/diff/" + newer, VERA));
            assertThat(diff.get("olderIntact").asBoolean()).isTrue();
            assertThat(diff.get("newerIntact").asBoolean()).isFalse();
            TestRestHost.Reply refused = app.host.post(P + "/baselines/" + newer + "/challenge", EDDIE, "{}");
            assertError(refused, 404, null);
            assertThat(refused.body()).contains("no longer matches its content hash");
            assertThat(ok(app.host.get(P + "/baselines", VERA)).get("baselines")).hasSize(2)
                    .allSatisfy(b -> assertThat(b.has("intact")).isFalse());
        }
    }

    @ActiveObjectsTest
    @Clause("IEC62304-5.3.3")
    @Clause("IEC62304-8.1.2")
    void anSbomImportFillsTheSoupRegisterAndAReImportChangesNothing(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            String sbom = Files.readString(Path.of("src/test/resources/sbom/eqms-cyclonedx.json"), StandardCharsets.UTF_8);
            JsonNode preview = ok(app.host.post(P + "/soup/preview", EDDIE, sbom));
            int components = preview.get("added").size();
            assertThat(components).isGreaterThan(10);
            JsonNode imported = ok(app.host.post(P + "/soup/import", EDDIE, sbom));
            assertThat(imported.get("added")).hasSize(components);
            JsonNode again = ok(app.host.post(P + "/soup/import", EDDIE, sbom));
            assertThat(again.get("added")).isEmpty();
            assertThat(again.get("unchanged").asInt()).isEqualTo(components);
            assertError(app.host.post(P + "/soup/import", EDDIE, "{\"not\":\"an sbom\"}"), 400, null);
            assertError(app.host.post(P + "/soup/import", VERA, sbom), 403, "forbidden");
        }
    }

    @ActiveObjectsTest
    void theProjectAdministratorMapsIssueTypesAndLinkTypesAndAStaleSaveIsRefused(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            JsonNode empty = ok(app.host.get(P + "/mapping", ADA));
            assertThat(empty.get("revision").asInt()).isZero();
            String mapping = "{\"projectKey\":\"INF\",\"revision\":0,\"issueTypes\":{\"10001\":\"HAZARD\",\"10002\":\"RISK_CONTROL\"},"
                    + "\"linkTypes\":{\"10100\":\"MITIGATED_BY\"}}";
            JsonNode saved = ok(app.host.put(P + "/mapping", ADA, mapping));
            assertThat(saved.get("revision").asInt()).isEqualTo(1);
            assertThat(saved.at("/issueTypes/10001").asText()).isEqualTo("HAZARD");
            assertError(app.host.put(P + "/mapping", ADA, mapping), 409, null);
            assertError(app.host.put(P + "/mapping", ADA, mapping.replace("HAZARD", "VILLAIN").replace("\"revision\":0",
                    "\"revision\":1")), 400, null);
            assertError(app.host.get(P + "/mapping", EDDIE), 403, "forbidden");
            assertThat(TestLedger.text(TestLedger.export(app.ledger))).contains("\"action\":\"trace.mapping.saved\"",
                    "\"mapping\":{\"new\":", "RISK_CONTROL");
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(d)")
    void anonymousCallersGet401AndCallersWithoutJiraPermissionGet403OnEveryEndpoint(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            for (String path : new String[]{"/matrix", "/gaps", "/suspects", "/baselines", "/mapping"}) {
                assertError(app.host.get(P + path, null), 401, "not_authenticated");
                assertError(app.host.get(P + path, OLGA), 403, "forbidden");
                assertError(app.host.get("/projects/OTHER" + path, VERA), 403, "forbidden");
            }
            for (String path : new String[]{"/suspects/review", "/baselines", "/soup/preview", "/soup/import"}) {
                assertError(app.host.post(P + path, null, "{}"), 401, "not_authenticated");
                assertError(app.host.post(P + path, OLGA, "{}"), 403, "forbidden");
                assertError(app.host.post(P + path, VERA, "{}"), 403, "forbidden");
            }
            assertThat(app.trace.baselineIds("INF")).isEmpty();
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.300(d)")
    void eSignatureAdministrationAndEachUsersAuthenticatorAreServedByTheJiraAppToo(ActiveObjects ao) throws Exception {
        try (RiskRestFixture app = new RiskRestFixture(ao)) {
            assertThat(ok(app.host.get("/admin/signing-policy", RiskRestFixture.ROOT)).get("lockoutThreshold").asInt())
                    .isEqualTo(5);
            assertThat(ok(app.host.get("/admin/lockouts", RiskRestFixture.ROOT)).get("lockouts")).isEmpty();
            assertError(app.host.get("/admin/lockouts", VERA), 403, "forbidden");
            assertThat(ok(app.host.get("/me/totp", VERA)).get("enrolled").asBoolean()).isFalse();
            assertError(app.host.get("/me/totp", null), 401, "not_authenticated");
        }
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
