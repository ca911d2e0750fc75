package org.eqms.confluence;

import org.eqms.rest.testing.TestRestHost;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eqms.compliance.Clause;
import org.eqms.document.DocumentState;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.confluence.RestFixture.ALICE;
import static org.eqms.confluence.RestFixture.BOB;
import static org.eqms.confluence.RestFixture.CAROL;
import static org.eqms.confluence.RestFixture.DAVE;

/** A controlled document through REST only, as the pages and the signing dialog drive it. */
class RestDocumentFlowTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ActiveObjectsTest
    @Clause("21CFR11.50")
    @Clause("21CFR11.70")
    @Clause("21CFR11.200(a)(1)(i)")
    void anSopIsPlacedSubmittedSignedByTwoApproversAndMadeEffective(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            long page = app.newPage("Cleaning the infusion pump");
            JsonNode before = ok(app.host.get("/documents/page/" + page, ALICE), 200);
            assertThat(before.get("controlled").asBoolean()).isFalse();
            assertThat(before.get("placeableTypes")).extracting(t -> t.get("key").asText()).containsExactly("SOP");
            assertThat(ok(app.host.get("/documents/page/" + page, RestFixture.ERIN), 200).get("placeableTypes"))
                    .as("a reader cannot place a page under control").isEmpty();
            JsonNode placed = ok(app.host.post("/documents", ALICE, "{\"pageId\":" + page + ",\"type\":\"SOP\"}"), 201);
            String id = placed.get("documentId").asText();
            assertThat(placed.get("number").asText()).isEqualTo("SOP-0001");
            assertThat(placed.get("actions")).extracting(JsonNode::asText).containsExactly("submit");

            ok(app.host.post("/documents/" + id + "/submit", ALICE, "{}"), 200);
            JsonNode challenge = ok(app.host.post("/documents/" + id + "/challenge", BOB, "{\"purpose\":\"APPROVAL\"}"), 200);
            assertThat(challenge.get("number").asText()).isEqualTo("SOP-0001");
            assertThat(challenge.get("revision").asText()).isEqualTo("A");
            assertThat(challenge.get("title").asText()).isEqualTo("Cleaning the infusion pump");
            assertThat(challenge.get("contentHash").asText())
                    .isEqualTo(app.confluence.current(page).orElseThrow().contentHash());
            assertThat(challenge.get("needsUserId").asBoolean()).isTrue();
            assertThat(challenge.get("secretComponent").asText()).isEqualTo("password");
            assertThat(challenge.get("meanings")).extracting(JsonNode::asText).contains("Approved");

            TestRestHost.Reply wrong = app.host.post("/documents/" + id + "/sign", BOB, sign(challenge, "bob", "guess"));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(JSON.readTree(wrong.body()).get("message").asText()).contains("attempt(s) left");

            JsonNode signed = ok(app.host.post("/documents/" + id + "/sign", BOB, sign(challenge, "bob", "bob-pw")), 200);
            assertThat(signed.at("/signature/signerName").asText()).isEqualTo("Bob Approver");
            assertThat(signed.at("/signature/meaning").asText()).isEqualTo("Approved");
            assertThat(signed.at("/signature/contentHash").asText()).isEqualTo(challenge.get("contentHash").asText());
            assertThat(signed.get("state").asText()).isEqualTo("IN_REVIEW");

            TestRestHost.Reply replay = app.host.post("/documents/" + id + "/sign", BOB, sign(challenge, "bob", "bob-pw"));
            assertThat(replay.status()).as(replay.toString()).isEqualTo(409);
            assertThat(JSON.readTree(replay.body()).get("error").asText()).isIn("challenge_used", "already_signed");
            assertThat(app.signing.signatures().forObject("confluence.page", String.valueOf(page))).hasSize(1);

            JsonNode carols = ok(app.host.post("/documents/" + id + "/challenge", CAROL, "{}"), 200);
            JsonNode approved = ok(app.host.post("/documents/" + id + "/sign", CAROL, sign(carols, "carol", "carol-pw")), 200);
            assertThat(approved.get("state").asText()).as("quorum met: approved").isEqualTo("APPROVED");

            JsonNode effective = ok(app.host.post("/documents/" + id + "/effective", DAVE, "{}"), 200);
            assertThat(effective.get("state").asText()).isEqualTo("EFFECTIVE");
            assertThat(effective.get("actions")).extracting(JsonNode::asText)
                    .containsExactly("new-revision", "make-obsolete", "confirm-review", "pdf");
            assertThat(effective.get("lastEffectiveRevision").asText()).isEqualTo("A");
            assertThat(ok(app.host.get("/documents/" + id, RestFixture.ERIN), 200).get("actions"))
                    .extracting(JsonNode::asText).containsExactly("pdf");
            assertThat(effective.at("/revisions/0/approvals")).extracting(a -> a.get("signerName").asText())
                    .containsExactly("Bob Approver", "Carol Approver");
            assertThat(app.control.snapshots(id)).hasSize(1);

            String export = TestLedger.text(TestLedger.export(app.ledger));
            assertThat(export).contains("\"action\":\"esign.signed\"", "\"action\":\"document.snapshot.locked\"",
                    "\"action\":\"space.configuration.saved\"");
            assertThat(TestLedger.verifyFile(TestLedger.export(app.ledger)).valid()).isTrue();
        }
    }

    @ActiveObjectsTest
    @Clause("21CFR11.10(f)")
    void aSignatureOnAnotherDocumentsChallengeOrStaleContentIsRefusedAndNothingIsRecorded(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            var first = app.documentIn(DocumentState.IN_REVIEW);
            var second = app.documentIn(DocumentState.IN_REVIEW);
            JsonNode forFirst = ok(app.host.post("/documents/" + first.id() + "/challenge", BOB, "{}"), 200);
            TestRestHost.Reply crossed = app.host.post("/documents/" + second.id() + "/sign", BOB, sign(forFirst, "bob", "bob-pw"));
            assertThat(crossed.status()).isEqualTo(400);
            assertThat(JSON.readTree(crossed.body()).get("error").asText()).isEqualTo("challenge_for_other_document");

            app.confluence.edit("QMS", first.pageId(), "Procedure", "<p>edited while in review</p>");
            TestRestHost.Reply stale = app.host.post("/documents/" + first.id() + "/sign", BOB, sign(forFirst, "bob", "bob-pw"));
            assertThat(stale.status()).isEqualTo(409);
            assertThat(JSON.readTree(stale.body()).get("error").asText()).isEqualTo("content_changed");
            assertThat(app.latest(first).approvals()).isEmpty();
            assertThat(app.latest(second).approvals()).isEmpty();
            assertThat(app.signing.signatures().forObject("confluence.page", String.valueOf(first.pageId()))).isEmpty();
        }
    }

    @ActiveObjectsTest
    void badRequestsGetA4xxThatSaysWhatToDoAndChangeNothing(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            long page = app.newPage("A page");
            assertError(app.host.post("/documents", ALICE, "{\"pageId\":"), 400, "bad_request");
            assertError(app.host.post("/documents", ALICE, "[1,2]"), 400, "bad_request");
            assertError(app.host.post("/documents", ALICE, "{\"pageId\":" + page + ",\"type\":\"SOP\",\"x\":1}"), 400, "bad_request");
            assertError(app.host.post("/documents", ALICE, "{\"pageId\":\"" + page + "\",\"type\":\"SOP\"}"), 400, "bad_request");
            assertError(app.host.post("/documents", ALICE, "{\"pageId\":" + page + ",\"type\":\"NOPE\"}"), 400, "unknown_document_type");
            assertThat(app.host.post("/documents", ALICE, "application/x-www-form-urlencoded", "pageId=" + page + "&type=SOP")
                    .status()).as("no form posts: XSRF").isEqualTo(415);
            assertThat(app.control.documentOfPage(page)).isEmpty();
            assertError(app.host.get("/documents/no-such-id", ALICE), 404, "not_found");

            var draft = app.documentIn(DocumentState.DRAFT);
            assertError(app.host.post("/documents/" + draft.id() + "/reject", DAVE, "{}"), 409, "not_allowed_in_state");
            assertError(app.host.post("/documents/" + draft.id() + "/effective", DAVE, "{\"effectiveAt\":\"tomorrow\"}"), 400,
                    "bad_request");
            assertThat(app.latest(draft).state()).isEqualTo(DocumentState.DRAFT);

            var review = app.documentIn(DocumentState.IN_REVIEW);
            assertError(app.host.post("/documents/" + review.id() + "/reject", BOB, "{\"reason\":\"  \"}"), 400, "reason_required");
            assertThat(app.latest(review).state()).isEqualTo(DocumentState.IN_REVIEW);
        }
    }

    @ActiveObjectsTest
    void theSpaceAdministratorSavesTheConfigurationAndAStaleOrInvalidSaveIsRefused(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            JsonNode current = ok(app.host.get("/spaces/QMS/configuration", RestFixture.ADMIN), 200);
            assertThat(current.get("revision").asInt()).isEqualTo(1);
            String edited = withoutConfigured(current).replace("Standard operating procedure", "Standard Operating Procedure");
            JsonNode saved = ok(app.host.put("/spaces/QMS/configuration", RestFixture.ADMIN, edited), 200);
            assertThat(saved.get("revision").asInt()).isEqualTo(2);
            assertThat(saved.at("/types/0/name").asText()).isEqualTo("Standard Operating Procedure");

            assertError(app.host.put("/spaces/QMS/configuration", RestFixture.ADMIN, edited), 409, "configuration_changed");
            String badRule = saved.toString().replace("\"configured\":true", "\"x\":1");
            assertError(app.host.put("/spaces/QMS/configuration", RestFixture.ADMIN, badRule), 400, "invalid_configuration");
            String noRule = withoutConfigured(saved).replace("\"approvalRule\":\"two-approvers\"", "\"approvalRule\":\"missing\"");
            assertError(app.host.put("/spaces/QMS/configuration", RestFixture.ADMIN, noRule), 400, "invalid_configuration");
            assertThat(app.spaces.current("QMS").orElseThrow().revision()).isEqualTo(2);

            app.documentIn(DocumentState.DRAFT);
            String withoutTypes = withoutConfigured(saved).replaceAll("\"types\":\\[.*?\\],\"approvalRules\"", "\"types\":[],\"approvalRules\"");
            assertError(app.host.put("/spaces/QMS/configuration", RestFixture.ADMIN, withoutTypes), 409, "document_type_in_use");
            assertThat(app.spaces.current("QMS").orElseThrow().types()).hasSize(1);
        }
    }

    private static String withoutConfigured(JsonNode configuration) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = configuration.deepCopy();
        copy.remove("configured");
        return copy.toString();
    }

    private static String sign(JsonNode challenge, String userId, String password) {
        return "{\"challengeId\":\"" + challenge.get("challengeId").asText() + "\",\"meaning\":\"Approved\","
                + "\"reason\":\"Reviewed against IEC 62304\",\"userId\":\"" + userId + "\",\"password\":\"" + password + "\"}";
    }

    private static JsonNode ok(TestRestHost.Reply reply, int status) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        return JSON.readTree(reply.body());
    }

    private static void assertError(TestRestHost.Reply reply, int status, String code) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        JsonNode error = JSON.readTree(reply.body());
        assertThat(error.get("message").asText()).as(reply.toString()).isNotBlank();
        assertThat(error.get("hint").asText()).as(reply.toString()).isNotBlank();
        if (code != null) {
            assertThat(error.get("error").asText()).as(reply.toString()).isEqualTo(code);
        }
    }
}
