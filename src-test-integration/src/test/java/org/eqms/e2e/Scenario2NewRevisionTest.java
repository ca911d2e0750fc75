package org.eqms.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.Browser;
import org.eqms.e2e.support.ConfluenceUi;
import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.QmsDocuments;
import org.eqms.e2e.support.Rest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 2, in Chromium (the effective SOP is reached over REST as in scenario 1): alice edits the effective SOP (starting revision B with a change reason, then saving the page); a
 * draft revision B appears, while erin (reader) still sees revision A
 * exactly as approved, and the banner says a new revision is in progress.
 */
class Scenario2NewRevisionTest {
    static E2eSandbox sandbox;

    @RegisterExtension
    static final Browser browser = new Browser("scenario-2-new-revision", () -> sandbox);

    @BeforeAll
    static void start() {
        sandbox = E2eSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void editingTheEffectiveSopStartsDraftRevisionBWhileReadersKeepSeeingRevisionA() {
        QmsDocuments qms = new QmsDocuments(sandbox);
        JsonNode effective = qms.writeEffective("SOP", "Handling customer complaints",
                "<p>Log every complaint within one working day.</p>");
        String id = effective.path("documentId").asText();
        long pageId = effective.path("pageId").asLong();

        ConfluenceUi ui = new ConfluenceUi(browser);

        // Change control: the next revision is started with a reason, then the page is edited.
        browser.loginAs("alice");
        ui.openPage(pageId);
        ui.waitForState("Effective");
        browser.step("alice opens the effective SOP");
        ui.actionAndAwaitReload("new-revision", "Faster complaint logging");
        ui.editPage(pageId, "<p>Log every complaint within two hours.</p>");
        browser.step("alice saved her edit as draft revision B");

        JsonNode document = qms.document("dave", id);
        assertThat(document.path("revision").asText()).isEqualTo("B");
        assertThat(document.path("state").asText()).isEqualTo("DRAFT");
        assertThat(document.path("lastEffectiveRevision").asText()).isEqualTo("A");

        browser.loginAs("erin");
        ui.openPage(pageId);
        ui.waitForState("Effective");
        assertThat(browser.waitFor(".eqms-status-banner .eqms-revision").getText()).contains("A");
        assertThat(browser.waitFor(".eqms-status-banner .eqms-pending-notice").getText()).contains("B");
        assertThat(browser.waitFor("#main-content").getText()).isEqualTo("Log every complaint within one working day.");
        browser.step("erin still reads revision A and the banner names revision B");

        JsonNode erin = qms.view("erin", pageId);
        assertThat(erin.path("revision").asText()).isEqualTo("A");
        assertThat(erin.path("state").asText()).isEqualTo("EFFECTIVE");
        assertThat(erin.path("servesSnapshot").asBoolean()).isTrue();
        assertThat(erin.path("body").asText()).isEqualTo("<p>Log every complaint within one working day.</p>");
        assertThat(erin.path("pendingRevision").asText()).isEqualTo("B");
        assertThat(erin.path("integrity").asText()).isEqualTo("OK");

        JsonNode aliceDraft = draftView("alice", pageId);
        assertThat(aliceDraft.path("body").asText()).isEqualTo("<p>Log every complaint within two hours.</p>");
        assertThat(aliceDraft.path("revision").asText()).isEqualTo("B");
    }

    private static JsonNode draftView(String user, long pageId) {
        return Rest.as(sandbox, user)
                .get(QmsDocuments.EQMS + "/documents/page/" + pageId + "/view?draft=true").expect(200).json();
    }
}
