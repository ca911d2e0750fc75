package org.eqms.sandbox.confluence;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.audit.VerificationResult;
import org.eqms.compliance.Clause;
import org.eqms.rest.testing.TestRestHost.Reply;
import org.eqms.store.ao.testing.TestLedger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.sandbox.confluence.HostedConfluence.ADMIN;
import static org.eqms.sandbox.confluence.HostedConfluence.ALICE;
import static org.eqms.sandbox.confluence.HostedConfluence.DAVE;
import static org.eqms.sandbox.confluence.HostedConfluence.ERIN;
import static org.eqms.sandbox.confluence.HostedConfluence.OLGA;
import static org.eqms.sandbox.confluence.HostedConfluence.json;

/**
 * The Confluence app hosted in the sandbox, proven through its REST API and the sandbox's page API on a real
 * database (HSQLDB file; PostgreSQL when configured): the seeded QMS configuration, the demo documents in their
 * states (reached with real signatures), alice writing a page and starting a document on it, page versions, and
 * the page API's refusals.
 */
class ConfluenceSandboxAppTest {

    static List<TestPlatform.Database> databases() {
        return TestPlatform.available();
    }

    @ParameterizedTest
    @MethodSource("databases")
    @Clause("ISO13485-4.2.4")
    void theQmsSpaceIsConfiguredThroughTheAppsOwnSpaceConfiguration(TestPlatform.Database database) throws Exception {
        try (HostedConfluence sandbox = new HostedConfluence(database)) {
            Reply reply = sandbox.eqms.get("/spaces/QMS/configuration", ADMIN);

            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            JsonNode configuration = json(reply);
            assertThat(configuration.path("configured").asBoolean()).isTrue();
            assertThat(configuration.path("revision").asInt()).isEqualTo(1);
            assertThat(configuration.path("controllerGroup").asText()).isEqualTo("qms-doc-controllers");
            assertThat(configuration.path("types").findValuesAsText("key")).containsExactly("SOP", "WI", "PLAN");
            assertThat(configuration.path("types").findValuesAsText("numberFormat"))
                    .containsExactly("SOP-{0000}", "WI-{0000}", "PLAN-{000}");
            assertThat(sandbox.eqms.get("/spaces/QMS/configuration", DAVE).status()).isEqualTo(403);
            assertThat(sandbox.eqms.get("/spaces/NOPE/configuration", ADMIN).status())
                    .as("a space that does not exist has no administrators, as in Confluence").isEqualTo(403);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    @Clause("ISO13485-4.2.4")
    @Clause("21CFR11.50")
    void theDemoDocumentsAreInTheirStatesReachedThroughRealSignatures(TestPlatform.Database database) throws Exception {
        try (HostedConfluence sandbox = new HostedConfluence(database)) {
            Map<String, JsonNode> documents = demoDocuments(sandbox);

            Map<String, String> states = new TreeMap<>();
            documents.forEach((number, document) -> states.put(number, document.path("state").asText()));
            assertThat(states).isEqualTo(Map.of("WI-0001", "EFFECTIVE", "WI-0002", "IN_REVIEW", "WI-0003", "DRAFT",
                    "PLAN-001", "EFFECTIVE", "PLAN-002", "DRAFT"));
            JsonNode plan = documents.get("PLAN-001").path("revisions").get(0);
            assertThat(plan.path("label").asText()).isEqualTo("1.0");
            assertThat(plan.path("approvals").findValuesAsText("signerName"))
                    .containsExactlyInAnyOrder("Bob Approver", "Carol Approver");
            assertThat(plan.path("approvals").findValuesAsText("meaning")).containsOnly("Approved");
            assertThat(documents.get("WI-0001").path("revisions").get(0).path("approvals")
                    .findValuesAsText("signerName")).containsExactly("Bob Approver");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    @Clause("ISO13485-4.2.4")
    void aliceWritesAPageAndStartsSop0001OnIt(TestPlatform.Database database) throws Exception {
        try (HostedConfluence sandbox = new HostedConfluence(database)) {
            Reply created = sandbox.sandbox.post("/pages", ALICE,
                    "{\"spaceKey\":\"QMS\",\"title\":\"Handling complaints\",\"body\":\"<p>Log every complaint.</p>\"}");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long pageId = json(created).path("id").asLong();
            assertThat(json(created).path("version").asInt()).isEqualTo(1);

            Reply placed = sandbox.eqms.post("/documents", ALICE, "{\"pageId\":" + pageId + ",\"type\":\"SOP\"}");

            assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
            assertThat(json(placed).path("number").asText()).isEqualTo("SOP-0001");
            assertThat(json(placed).path("state").asText()).isEqualTo("DRAFT");
            assertThat(json(placed).path("revisions").get(0).path("authorName").asText()).isEqualTo("Alice Author");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void anEditIsANewVersionAndEveryVersionStaysInTheHistory(TestPlatform.Database database) throws Exception {
        try (HostedConfluence sandbox = new HostedConfluence(database)) {
            long pageId = json(sandbox.sandbox.post("/pages", ALICE,
                    "{\"spaceKey\":\"QMS\",\"title\":\"Handling complaints\",\"body\":\"<p>v1</p>\"}")).path("id").asLong();
            sandbox.platform.clock.advance(java.time.Duration.ofMinutes(5));

            Reply edited = sandbox.sandbox.put("/pages/" + pageId, ALICE,
                    "{\"title\":\"Handling customer complaints\",\"body\":\"<p>v2</p>\",\"baseVersion\":1}");

            assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
            assertThat(json(edited).path("version").asInt()).isEqualTo(2);
            JsonNode history = json(sandbox.sandbox.get("/pages/" + pageId + "/versions", ERIN));
            assertThat(history.path("versions").findValuesAsText("version")).containsExactly("1", "2");
            assertThat(history.path("versions").findValuesAsText("title"))
                    .containsExactly("Handling complaints", "Handling customer complaints");
            assertThat(history.path("versions").findValuesAsText("authorName")).containsOnly("Alice Author");
            assertThat(history.path("versions").findValuesAsText("createdAt"))
                    .containsExactly("2026-11-23T08:00:00.000Z", "2026-11-23T08:05:00.000Z");
            assertThat(json(sandbox.sandbox.get("/pages/" + pageId + "/versions/1", ERIN)).path("body").asText())
                    .isEqualTo("<p>v1</p>");
            assertThat(json(sandbox.sandbox.get("/pages/" + pageId, ERIN)).path("body").asText()).isEqualTo("<p>v2</p>");

            Reply stale = sandbox.sandbox.put("/pages/" + pageId, ALICE,
                    "{\"title\":\"Handling complaints\",\"body\":\"<p>lost update</p>\",\"baseVersion\":1}");
            assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
            assertThat(json(stale).path("error").asText()).isEqualTo("page_changed");
            assertThat(json(sandbox.sandbox.get("/pages/" + pageId + "/versions", ERIN)).path("versions").size())
                    .isEqualTo(2);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    @Clause("21CFR11.10(d)")
    void thePageApiRefusesWithAJsonErrorAndWritesNothing(TestPlatform.Database database) throws Exception {
        try (HostedConfluence sandbox = new HostedConfluence(database)) {
            long pageId = json(sandbox.sandbox.post("/pages", ALICE,
                    "{\"spaceKey\":\"QMS\",\"title\":\"Complaints\",\"body\":\"<p>v1</p>\"}")).path("id").asLong();
            String pages = "SELECT COUNT(*) FROM " + table("SBX_PAGE");
            String versions = "SELECT COUNT(*) FROM " + table("SBX_PAGE_VERSION");
            long pagesBefore = sandbox.platform.count(pages);
            long versionsBefore = sandbox.platform.count(versions);
            String page = "{\"spaceKey\":\"QMS\",\"title\":\"T\",\"body\":\"<p/>\"}";

            List<Reply> refused = new ArrayList<>();
            refused.add(expect(401, sandbox.sandbox.post("/pages", null, page)));
            refused.add(expect(403, sandbox.sandbox.post("/pages", ERIN, page)));
            refused.add(expect(403, sandbox.sandbox.post("/pages", OLGA, page)));
            refused.add(expect(404, sandbox.sandbox.post("/pages", ALICE, page.replace("QMS", "NOPE"))));
            refused.add(expect(400, sandbox.sandbox.post("/pages", ALICE, "{\"spaceKey\":\"QMS\",")));
            refused.add(expect(400, sandbox.sandbox.post("/pages", ALICE, "{\"spaceKey\":\"QMS\",\"title\":\"T\"}")));
            refused.add(expect(400, sandbox.sandbox.post("/pages", ALICE,
                    "{\"spaceKey\":\"QMS\",\"title\":\"T\",\"body\":\"\",\"parent\":1}")));
            refused.add(expect(400, sandbox.sandbox.post("/pages", ALICE,
                    "{\"spaceKey\":\"QMS\",\"title\":\"" + "x".repeat(256) + "\",\"body\":\"\"}")));
            refused.add(expect(403, sandbox.sandbox.put("/pages/" + pageId, ERIN, "{\"title\":\"T\",\"body\":\"<p/>\"}")));
            refused.add(expect(404, sandbox.sandbox.put("/pages/" + pageId, OLGA, "{\"title\":\"T\",\"body\":\"<p/>\"}")));
            refused.add(expect(404, sandbox.sandbox.get("/pages/" + pageId, OLGA)));
            refused.add(expect(404, sandbox.sandbox.get("/pages/999999", ALICE)));
            refused.add(expect(404, sandbox.sandbox.get("/pages/" + pageId + "/versions/7", ALICE)));
            refused.add(expect(404, sandbox.sandbox.get("/pages/" + pageId + "/versions/x", ALICE)));
            refused.add(expect(404, sandbox.sandbox.get("/pages/not-a-page", ALICE)));
            refused.add(expect(401, sandbox.sandbox.get("/pages/" + pageId, null)));
            refused.add(expect(400, sandbox.sandbox.put("/pages/" + pageId, ALICE,
                    "{\"title\":\"T\",\"body\":\"<p/>\",\"baseVersion\":99999999999}")));
            refused.add(expect(400, sandbox.sandbox.put("/pages/" + pageId, ALICE,
                    "{\"title\":\"T\",\"body\":\"<p/>\",\"baseVersion\":\"1\"}")));
            refused.add(expect(400, sandbox.sandbox.put("/pages/" + pageId, ALICE, "{\"title\":\" \",\"body\":\"<p/>\"}")));

            assertThat(refused).allSatisfy(reply -> {
                assertThat(reply.contentType()).startsWith("application/json");
                assertThat(json(reply).path("message").asText()).isNotBlank();
                assertThat(json(reply).has("hint")).isTrue();
            });
            assertThat(sandbox.platform.count(pages)).isEqualTo(pagesBefore);
            assertThat(sandbox.platform.count(versions)).isEqualTo(versionsBefore);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    @Clause("ISO13485-4.2.4")
    @Clause("21CFR11.70")
    void editingThePageOfADocumentInReviewReturnsItToDraft(TestPlatform.Database database) throws Exception {
        try (HostedConfluence sandbox = new HostedConfluence(database)) {
            JsonNode inReview = demoDocuments(sandbox).get("WI-0002");
            long pageId = inReview.path("pageId").asLong();

            Reply edited = sandbox.sandbox.put("/pages/" + pageId, ALICE,
                    "{\"title\":\"Calibrating the flow sensor\",\"body\":\"<p>New steps.</p>\"}");

            assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
            JsonNode after = json(sandbox.eqms.get("/documents/page/" + pageId, DAVE));
            assertThat(after.path("state").asText()).isEqualTo("DRAFT");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    @Clause("21CFR11.10(e)")
    void theHostedAppsAuditTrailRecordsTheDemoDataAndVerifies(TestPlatform.Database database) throws Exception {
        try (HostedConfluence sandbox = new HostedConfluence(database)) {
            byte[] export = TestLedger.export(sandbox.app.app().ledger());

            VerificationResult result = TestLedger.verifyFile(export);

            assertThat(result.valid()).as(result.toString()).isTrue();
            assertThat(result.signatures()).isEqualTo(3);
            assertThat(TestLedger.text(export)).contains("\"action\":\"space.configuration.saved\"")
                    .contains("\"name\":\"Ada Administrator\"").contains("\"name\":\"Bob Approver\"");
        }
    }

    /** The QMS demo documents by number, as dave (document controller) sees them through the app's REST API. */
    private static Map<String, JsonNode> demoDocuments(HostedConfluence sandbox) {
        Reply listed = sandbox.sandbox.get("/spaces/QMS/pages", ERIN);
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        Map<String, JsonNode> documents = new TreeMap<>();
        for (JsonNode page : json(listed).path("pages")) {
            Reply document = sandbox.eqms.get("/documents/page/" + page.path("id").asLong(), DAVE);
            assertThat(document.status()).as(document.toString()).isEqualTo(200);
            documents.put(json(document).path("number").asText(), json(document));
        }
        return documents;
    }

    private static Reply expect(int status, Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return reply;
    }

    private static String table(String name) {
        return "\"" + new net.java.ao.atlassian.AtlassianTableNameConverter(
                org.eqms.store.ao.AoTablePrefix.forNamespace(SandboxConfluenceEntities.NAMESPACE)).getName(entity(name)) + "\"";
    }

    private static Class<? extends net.java.ao.RawEntity<?>> entity(String table) {
        return SandboxConfluenceEntities.all().stream()
                .filter(type -> type.getAnnotation(net.java.ao.schema.Table.class).value().equals(table))
                .findFirst().orElseThrow();
    }
}
