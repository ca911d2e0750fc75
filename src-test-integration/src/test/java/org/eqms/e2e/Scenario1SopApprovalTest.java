package org.eqms.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eqms.e2e.support.Browser;
import org.eqms.e2e.support.ConfluenceUi;
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
 * Scenario 1, in Chromium on the sandbox's Confluence pages with the app's own actions bar and signing dialog (REST
 * checks what the pages show; PDFBox reads the export): alice writes SOP-0001 and submits it; bob signs with a wrong password (refused, counted), then
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
        ConfluenceUi ui = new ConfluenceUi(browser);

        browser.loginAs("alice");
        long pageId = ui.createPage("Handling customer complaints", "<p>Log every complaint within one working day.</p>");
        browser.step("alice wrote the page");
        browser.select("#eqms-document-actions select.eqms-place-type", "Standard operating procedure (SOP)");
        ui.actionAndAwaitReload("place", null);
        ui.waitForState("Draft");
        assertThat(browser.waitFor(".eqms-status-banner").getText()).contains("SOP-0001");
        browser.step("alice placed it under control as SOP-0001");
        ui.actionAndAwaitReload("submit", null);
        ui.waitForState("In review");
        browser.step("alice submitted it for review");
        JsonNode submitted = qms.documentOfPage("dave", pageId);
        assertThat(submitted.path("number").asText()).isEqualTo("SOP-0001");
        assertThat(submitted.path("state").asText()).isEqualTo("IN_REVIEW");
        String id = submitted.path("documentId").asText();

        browser.loginAs("bob");
        ui.openPage(pageId);
        ui.action("sign", null);
        ui.fillSigningDialog("Approved", "Matches the process", "bob", sandbox.password("bob") + "-typo");
        browser.step("bob signs with a mistyped password");
        ui.submitSignature();
        browser.waitForText(".eqms-signing-dialog .aui-message-error", "4 attempt(s) left");
        browser.step("the wrong password is refused and counted");
        assertThat(qms.document("dave", id).path("revisions").get(0).path("approvals")).isEmpty();
        browser.type("#eqms-sign-password", sandbox.password("bob"));
        ui.signAndAwaitReload();
        ui.waitForState("In review");
        browser.step("bob signed with meaning Approved");
        JsonNode bob = qms.document("dave", id).path("revisions").get(0).path("approvals").get(0);
        assertThat(bob.path("signerName").asText()).isEqualTo("Bob Approver");
        assertThat(bob.path("meaning").asText()).isEqualTo("Approved");

        browser.loginAs("carol");
        ui.openPage(pageId);
        ui.action("sign", null);
        ui.fillSigningDialog("Approved", "Regulatory wording checked", "carol", sandbox.password("carol"));
        ui.signAndAwaitReload();
        assertThat(qms.document("dave", id).path("approvalProgress").path("satisfied").asBoolean()).isTrue();
        browser.step("carol signed");

        browser.loginAs("dave");
        ui.openPage(pageId);
        if ("IN_REVIEW".equals(qms.document("dave", id).path("state").asText())) {
            ui.actionAndAwaitReload("approve", null);
            ui.waitForState("Approved");
        }
        ui.actionAndAwaitReload("make-effective", "");
        ui.waitForState("Effective");
        browser.step("dave made SOP-0001 effective");
        JsonNode effective = qms.document("dave", id);
        assertThat(effective.path("state").asText()).isEqualTo("EFFECTIVE");
        String revision = effective.path("revision").asText();
        assertThat(revision).isEqualTo("A");
        assertThat(effective.path("revisions").get(0).path("approvals").findValuesAsText("signerName"))
                .containsExactlyInAnyOrder("Bob Approver", "Carol Approver");

        browser.loginAs("erin");
        ui.openPage(pageId);
        ui.waitForState("Effective");
        String pdfLink = browser.waitFor("#eqms-document-actions a[data-action='pdf']").getAttribute("href");
        assertThat(pdfLink).endsWith("/documents/" + id + "/revisions/A/pdf");
        browser.step("erin reads the effective SOP and its PDF link");

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
