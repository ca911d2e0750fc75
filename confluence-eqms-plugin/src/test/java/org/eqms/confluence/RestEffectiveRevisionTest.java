package org.eqms.confluence;

import org.eqms.rest.testing.TestRestHost;
import org.eqms.rest.testing.HeaderUserManager;
import com.atlassian.activeobjects.external.ActiveObjects;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eqms.compliance.Clause;
import org.eqms.document.ApprovalRule;
import org.eqms.document.ControlledDocument;
import org.eqms.document.ControlledScope;
import org.eqms.document.DocumentNumberFormat;
import org.eqms.document.DocumentState;
import org.eqms.document.DocumentType;
import org.eqms.document.ReviewEditPolicy;
import org.eqms.document.RevisionScheme;
import org.eqms.document.SpaceSettings;
import org.eqms.document.TrainingAudience;
import org.eqms.store.ao.testing.ActiveObjectsTest;
import org.eqms.store.ao.testing.TestLedger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.confluence.RestFixture.ALICE;
import static org.eqms.confluence.RestFixture.BOB;
import static org.eqms.confluence.RestFixture.DAVE;
import static org.eqms.confluence.RestFixture.ERIN;
import static org.eqms.confluence.RestFixture.OLGA;

/** The effective revision over REST: what readers see, its PDF/A, training acknowledgements, periodic review. */
class RestEffectiveRevisionTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ActiveObjectsTest
    @Clause("21CFR11.50")
    @Clause("21CFR11.10(b)")
    void theEffectiveRevisionExportsAsPdfWithEachApproversManifestation(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            ControlledDocument document = app.documentIn(DocumentState.EFFECTIVE);
            HttpResponse<byte[]> pdf = download(app, "/documents/" + document.id() + "/revisions/A/pdf", ERIN);
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
            assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).contains(document.number() + "-A.pdf");
            try (PDDocument parsed = Loader.loadPDF(pdf.body())) {
                String text = new PDFTextStripper().getText(parsed);
                assertThat(text).contains(document.number(), "Bob Approver", "Carol Approver", "Approved",
                        app.latest(document).contentHash());
            }
            assertThat(download(app, "/documents/" + document.id() + "/revisions/A/pdf", OLGA).statusCode()).isEqualTo(403);
            ControlledDocument draft = app.documentIn(DocumentState.DRAFT);
            assertThat(download(app, "/documents/" + draft.id() + "/revisions/A/pdf", ERIN).statusCode()).isEqualTo(404);
            assertThat(TestLedger.text(TestLedger.export(app.ledger))).contains("\"action\":\"document.pdf.exported\"");
        }
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void readersSeeTheLockedEffectiveRevisionWhileTheNextIsDraftedAndEditorsMayAskForTheDraft(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            ControlledDocument document = app.documentIn(DocumentState.EFFECTIVE);
            String effectiveBody = app.confluence.current(document.pageId()).orElseThrow().body();
            ok(app.host.post("/documents/" + document.id() + "/revisions", ALICE, "{\"changeReason\":\"new step\"}"));
            app.confluence.edit("QMS", document.pageId(), "Procedure", "<p>draft of revision B</p>");

            JsonNode reader = ok(app.host.get("/documents/page/" + document.pageId() + "/view", ERIN));
            assertThat(reader.get("body").asText()).isEqualTo(effectiveBody);
            assertThat(reader.get("banner").asText()).isEqualTo("EFFECTIVE");
            assertThat(reader.get("revision").asText()).isEqualTo("A");
            assertThat(reader.get("pendingRevision").asText()).isEqualTo("B");
            JsonNode readerAskingForDraft = ok(app.host.get("/documents/page/" + document.pageId() + "/view?draft=true", ERIN));
            assertThat(readerAskingForDraft.get("body").asText()).as("no edit permission: no draft").isEqualTo(effectiveBody);
            JsonNode author = ok(app.host.get("/documents/page/" + document.pageId() + "/view?draft=true", ALICE));
            assertThat(author.get("body").asText()).isEqualTo("<p>draft of revision B</p>");
            assertThat(app.host.get("/documents/page/" + document.pageId() + "/view", OLGA).status()).isEqualTo(403);
        }
    }

    @ActiveObjectsTest
    @Clause("ISO13485-6.2")
    void requiredReadersAcknowledgeTheEffectiveRevisionOnceWithReadAndUnderstood(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            app.spaces.save(RestFixture.ADMIN, trainingSettings(app), "SOPs need training", null);
            ControlledDocument document = app.documentIn(DocumentState.EFFECTIVE);
            String path = "/documents/" + document.id();
            JsonNode before = ok(app.host.get(path + "/training", DAVE));
            assertThat(before.get("pending")).extracting(p -> p.get("userKey").asText()).containsExactly(ALICE, ERIN);

            assertThat(ok(app.host.get(path, ERIN)).get("actions")).extracting(JsonNode::asText).contains("acknowledge");
            JsonNode challenge = ok(app.host.post(path + "/challenge", ERIN, "{\"purpose\":\"TRAINING_ACKNOWLEDGEMENT\"}"));
            assertThat(challenge.get("meanings")).extracting(JsonNode::asText).containsExactly("Read and understood");
            TestRestHost.Reply wrongMeaning = app.host.post(path + "/sign", ERIN, sign(challenge, "TRAINING_ACKNOWLEDGEMENT",
                    "Approved", "erin"));
            assertThat(wrongMeaning.status()).as(wrongMeaning.toString()).isEqualTo(400);
            ok(app.host.post(path + "/sign", ERIN, sign(challenge, "TRAINING_ACKNOWLEDGEMENT", "Read and understood", "erin")));
            assertThat(ok(app.host.get(path, ERIN)).get("actions")).extracting(JsonNode::asText).doesNotContain("acknowledge");

            ok(app.host.post(path + "/revisions", ALICE, "{\"changeReason\":\"typo\"}"));
            app.confluence.edit("QMS", document.pageId(), "Procedure", "<p>revision B in progress</p>");
            JsonNode alices = ok(app.host.post(path + "/challenge", ALICE, "{\"purpose\":\"TRAINING_ACKNOWLEDGEMENT\"}"));
            assertThat(alices.get("revision").asText()).isEqualTo("A");
            assertThat(alices.get("contentHash").asText()).as("the locked revision A, not the draft on the page")
                    .isEqualTo(app.control.snapshots(document.id()).get(0).contentHash());
            ok(app.host.post(path + "/sign", ALICE, sign(alices, "TRAINING_ACKNOWLEDGEMENT", "Read and understood", "alice")));

            JsonNode after = ok(app.host.get(path + "/training", DAVE));
            assertThat(after.get("complete").asBoolean()).isTrue();
            assertThat(after.get("acknowledged")).extracting(a -> a.get("name").asText())
                    .containsExactly("Alice Author", "Erin Reader");
            assertError(app.host.post(path + "/challenge", ERIN, "{\"purpose\":\"TRAINING_ACKNOWLEDGEMENT\"}"), 409, "already_acknowledged");
            assertError(app.host.post(path + "/challenge", BOB, "{\"purpose\":\"TRAINING_ACKNOWLEDGEMENT\"}"), 403, "not_a_required_reader");
            assertThat(TestLedger.text(TestLedger.export(app.ledger))).contains("\"action\":\"document.training.acknowledged\"");
        }
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void aReviewFallsDueAfterItsIntervalAndASignedReviewWithoutChangeRestartsIt(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            ControlledDocument document = app.documentIn(DocumentState.EFFECTIVE);
            assertThat(ok(app.host.get("/spaces/QMS/reviews", ERIN)).at("/reviews/0/due").asText()).isEqualTo("NOT_DUE");
            app.clock.advance(Duration.ofDays(700));
            JsonNode soon = ok(app.host.get("/spaces/QMS/reviews?windowDays=60", ERIN));
            assertThat(soon.at("/reviews/0/due").asText()).isEqualTo("DUE_SOON");
            assertThat(soon.at("/reviews/0/dueDate").asText()).isEqualTo("2028-11-23");
            app.clock.advance(Duration.ofDays(60));
            JsonNode overdue = ok(app.host.get("/spaces/QMS/reviews?overdueOnly=true", ERIN));
            assertThat(overdue.get("reviews")).extracting(r -> r.get("number").asText()).containsExactly(document.number());
            assertThat(ok(app.host.get("/spaces/QMS/reviews", OLGA)).get("reviews")).as("no view permission").isEmpty();
            assertThat(app.host.post("/jobs/review-reminders", DAVE, "{}").status()).isEqualTo(403);
            assertThat(ok(app.host.post("/jobs/review-reminders", RestFixture.ANN, "{}")).get("announced").asInt()).isEqualTo(1);
            assertThat(ok(app.host.post("/jobs/review-reminders", RestFixture.ANN, "{}")).get("announced").asInt())
                    .as("each reminder once").isZero();
            assertThat(app.notified).containsExactlyInAnyOrder(
                    ALICE + ": " + document.number() + " revision A is overdue for periodic review (due 2028-11-23).",
                    DAVE + ": " + document.number() + " revision A is overdue for periodic review (due 2028-11-23).");
            JsonNode davesNotices = ok(app.host.get("/me/notifications", DAVE));
            assertThat(davesNotices.at("/notifications/0/kind").asText()).isEqualTo("review.overdue");
            assertThat(davesNotices.at("/notifications/0/message").asText()).contains(document.number(), "overdue");
            assertThat(app.host.get("/spaces/QMS/reviews?windowDays=-1", ERIN).status()).isEqualTo(400);
            assertThat(app.host.get("/spaces/NOPE/reviews", ERIN).status()).as("a space without document control")
                    .isEqualTo(404);

            String path = "/documents/" + document.id();
            assertError(app.host.post(path + "/challenge", ALICE, "{\"purpose\":\"REVIEW_CONFIRMATION\"}"), 403, "not_document_controller");
            JsonNode challenge = ok(app.host.post(path + "/challenge", DAVE, "{\"purpose\":\"REVIEW_CONFIRMATION\"}"));
            ok(app.host.post(path + "/sign", DAVE, sign(challenge, "REVIEW_CONFIRMATION", "Reviewed", "dave")));
            JsonNode confirmed = ok(app.host.get("/spaces/QMS/reviews", ERIN));
            assertThat(confirmed.at("/reviews/0/due").asText()).isEqualTo("NOT_DUE");
            assertThat(confirmed.at("/reviews/0/basis").asText()).isEqualTo("2028-12-22");
            assertThat(confirmed.at("/reviews/0/dueDate").asText()).isEqualTo("2030-12-22");

            ok(app.host.post(path + "/revisions", ALICE, "{\"changeReason\":\"periodic update\"}"));
            assertError(app.host.post(path + "/challenge", DAVE, "{\"purpose\":\"REVIEW_CONFIRMATION\"}"), 409, "revision_in_progress");
            assertThat(TestLedger.text(TestLedger.export(app.ledger))).contains("\"action\":\"document.review.confirmed\"");
        }
    }

    @ActiveObjectsTest
    @Clause("ISO13485-4.2.4")
    void anApprovedRevisionScheduledForLaterBecomesEffectiveWhenTheJobRunsAfterItsDate(ActiveObjects ao) throws Exception {
        try (RestFixture app = new RestFixture(ao)) {
            ControlledDocument document = app.documentIn(DocumentState.APPROVED);
            String path = "/documents/" + document.id();
            assertThat(app.host.post(path + "/effective", DAVE, "{\"effectiveAt\":\"2026-11-20T00:00:00.000Z\"}").status())
                    .as("a date in the past is refused").isEqualTo(400);
            JsonNode scheduled = ok(app.host.post(path + "/effective", DAVE, "{\"effectiveAt\":\"2026-12-01T06:00:00.000Z\"}"));
            assertThat(scheduled.get("state").asText()).isEqualTo("APPROVED");
            assertThat(scheduled.at("/revisions/0/scheduledEffective").asText()).isEqualTo("2026-12-01T06:00:00.000Z");

            assertThat(app.host.post("/jobs/effective-dates", DAVE, "{}").status()).isEqualTo(403);
            assertThat(ok(app.host.post("/jobs/effective-dates", RestFixture.ANN, "{}")).get("madeEffective").asInt()).isZero();
            app.clock.advance(Duration.ofDays(8));
            assertThat(ok(app.host.post("/jobs/effective-dates", RestFixture.ANN, "{}")).get("madeEffective").asInt()).isEqualTo(1);
            assertThat(ok(app.host.post("/jobs/effective-dates", RestFixture.ANN, "{}")).get("madeEffective").asInt()).isZero();

            JsonNode effective = ok(app.host.get(path, ERIN));
            assertThat(effective.get("state").asText()).isEqualTo("EFFECTIVE");
            assertThat(effective.at("/revisions/0/effectiveAt").asText()).isEqualTo("2026-12-01T06:00:00.000Z");
            assertThat(app.control.snapshots(document.id())).hasSize(1);
        }
    }

    private static SpaceSettings trainingSettings(RestFixture app) {
        SpaceSettings current = app.spaces.current("QMS").orElseThrow();
        DocumentType sop = new DocumentType("SOP", "Standard operating procedure", DocumentNumberFormat.of("SOP-{0000}"),
                RevisionScheme.LETTERS, Period.ofMonths(24), true, "two-approvers");
        return new SpaceSettings("QMS", current.revision(), ControlledScope.wholeSpace("QMS"),
                ReviewEditPolicy.RETURN_TO_DRAFT, "qms-controllers", List.of(sop),
                Map.of("two-approvers", ApprovalRule.of(ApprovalRule.group("approvers", 2))),
                Map.of("SOP", new TrainingAudience(Set.of(ERIN), Set.of("authors"))));
    }

    private static HttpResponse<byte[]> download(RestFixture app, String path, String user) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(app.host.origin() + app.host.base() + path))
                .header(HeaderUserManager.HEADER, user).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sign(JsonNode challenge, String purpose, String meaning, String user) {
        return "{\"purpose\":\"" + purpose + "\",\"challengeId\":\"" + challenge.get("challengeId").asText()
                + "\",\"meaning\":\"" + meaning + "\",\"userId\":\"" + user + "\",\"password\":\"" + user + "-pw\"}";
    }

    private static JsonNode ok(TestRestHost.Reply reply) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isBetween(200, 201);
        return JSON.readTree(reply.body());
    }

    private static void assertError(TestRestHost.Reply reply, int status, String code) throws Exception {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(JSON.readTree(reply.body()).get("error").asText()).isEqualTo(code);
    }
}
