package org.eqms.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.Browser;
import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.QmsDocuments;
import org.eqms.e2e.support.Rest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 2: alice edits the effective SOP (starting revision B with a change reason, then saving the page); a
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

        // Change control: the next revision is started with a reason, then the page is edited.
        qms.action("alice", id, "revisions", "{\"changeReason\":\"Faster complaint logging\"}").expect(200);
        qms.editPage("alice", pageId, "Handling customer complaints",
                "<p>Log every complaint within two hours.</p>").expect(200);

        JsonNode document = qms.document("dave", id);
        assertThat(document.path("revision").asText()).isEqualTo("B");
        assertThat(document.path("state").asText()).isEqualTo("DRAFT");
        assertThat(document.path("lastEffectiveRevision").asText()).isEqualTo("A");

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
