package org.eqms.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eqms.e2e.support.Browser;
import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.QmsDocuments;
import org.eqms.e2e.support.Rest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 1: alice writes SOP-0001 and submits it; bob signs with a wrong password (refused, counted), then
 * correctly with the meaning Approved; carol signs; dave makes it effective; the PDF/A export of revision A shows
 * both signature manifestations (printed name, meaning, reason; 21 CFR 11.50).
 */
class Scenario1SopApprovalTest {
    static E2eSandbox sandbox;

    @RegisterExtension
    static final Browser browser = new Browser("scenario-1-sop-approval", () -> sandbox);

    @BeforeAll
    static void start() {
        sandbox = E2eSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void sop0001IsSignedByBobAfterAWrongPasswordAndByCarolAndItsPdfShowsBothManifestations() throws Exception {
        QmsDocuments qms = new QmsDocuments(sandbox);
        long pageId = qms.createPage("alice", "Handling customer complaints",
                "<p>Log every complaint within one working day.</p>").path("id").asLong();
        JsonNode placed = qms.place("alice", pageId, "SOP");
        assertThat(placed.path("number").asText()).isEqualTo("SOP-0001");
        assertThat(placed.path("state").asText()).isEqualTo("DRAFT");
        String id = placed.path("documentId").asText();

        assertThat(qms.action("alice", id, "submit", "{}").expect(200).json().path("state").asText())
                .isEqualTo("IN_REVIEW");

        String challenge = qms.challenge("bob", id).path("challengeId").asText();
        Rest.Reply wrong = qms.sign("bob", id, challenge, "Approved", "Checked", sandbox.password("bob") + "-typo");
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
        assertThat(wrong.json().path("error").asText()).isEqualTo("wrong_credentials");
        assertThat(wrong.json().path("message").asText()).contains("4 attempt(s) left");
        assertThat(qms.document("dave", id).path("revisions").get(0).path("approvals")).isEmpty();

        JsonNode bob = qms.approve("bob", id, "Matches the process");
        assertThat(bob.path("signature").path("signerName").asText()).isEqualTo("Bob Approver");
        assertThat(bob.path("signature").path("meaning").asText()).isEqualTo("Approved");
        assertThat(bob.path("state").asText()).isEqualTo("IN_REVIEW");
        qms.approve("carol", id, "Regulatory wording checked");

        JsonNode effective = qms.makeEffective(id);
        assertThat(effective.path("state").asText()).isEqualTo("EFFECTIVE");
        String revision = effective.path("revision").asText();
        assertThat(revision).isEqualTo("A");
        assertThat(effective.path("revisions").get(0).path("approvals").findValuesAsText("signerName"))
                .containsExactlyInAnyOrder("Bob Approver", "Carol Approver");

        Rest.Reply pdf = qms.pdf("erin", id, revision).expect(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("SOP-0001", "Handling customer complaints",
                    "Log every complaint within one working day.");
            // One manifestation row per signer: printed name, meaning, UTC signing time, reason.
            assertThat(text).containsPattern("Bob Approver Approved \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z Matches the process");
            assertThat(text).containsPattern("Carol Approver Approved \\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z Regulatory wording checked");
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("pdfaid:part");
        }
    }
}
