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
 * Scenario 3 (the edit in Chromium's page editor, the rest over REST): an edit during review invalidates the signatures collected so far (21 CFR 11.70: a signature is
 * linked to the content it signed). Space QMS returns an edited revision in review to Draft; bob's signature over
 * the old content no longer counts, and the resubmitted content needs both approvals again.
 */
class Scenario3EditDuringReviewTest {
    static E2eSandbox sandbox;

    @RegisterExtension
    static final Browser browser = new Browser("scenario-3-edit-during-review", () -> sandbox);

    @BeforeAll
    static void start() {
        sandbox = E2eSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void anEditDuringReviewInvalidatesTheCollectedSignatureAndTheNewContentNeedsBothApprovalsAgain() {
        QmsDocuments qms = new QmsDocuments(sandbox);
        long pageId = qms.createPage("alice", "Handling customer complaints",
                "<p>Log every complaint within one working day.</p>").path("id").asLong();
        String id = qms.place("alice", pageId, "SOP").path("documentId").asText();
        qms.action("alice", id, "submit", "{}").expect(200);
        JsonNode signedByBob = qms.approve("bob", id, "Reviewed");
        assertThat(approvalCount(signedByBob)).isEqualTo(1);

        ConfluenceUi ui = new ConfluenceUi(browser);
        browser.loginAs("alice");
        ui.openPage(pageId);
        ui.waitForState("In review");
        browser.step("the SOP is in review with bob's signature");
        ui.editPage(pageId, "<p>Log every complaint within two hours.</p>");
        ui.waitForState("Draft");
        browser.step("alice's edit returned it to draft");

        JsonNode edited = qms.document("dave", id);
        assertThat(edited.path("state").asText()).isEqualTo("DRAFT");
        JsonNode approvals = edited.path("revisions").get(0).path("approvals");
        assertThat(approvals.findValuesAsText("signerName")).containsExactly("Bob Approver");
        assertThat(approvals.get(0).path("invalidated").asBoolean()).isTrue();
        assertThat(approvalCount(edited)).isZero();

        JsonNode resubmitted = qms.action("alice", id, "submit", "{}").expect(200).json();
        assertThat(resubmitted.path("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(approvalCount(resubmitted)).isZero();
        assertThat(resubmitted.path("approvalProgress").path("satisfied").asBoolean()).isFalse();
        Rest.Reply tooEarly = qms.action("dave", id, "approve", "{}");
        assertThat(tooEarly.status()).as(tooEarly.toString()).isBetween(400, 499);
        assertThat(qms.document("dave", id).path("state").asText()).isEqualTo("IN_REVIEW");

        qms.approve("bob", id, "Reviewed the new wording");
        JsonNode complete = qms.approve("carol", id, "Reviewed the new wording");
        assertThat(approvalCount(complete)).isEqualTo(2);
        assertThat(qms.makeEffective(id).path("state").asText()).isEqualTo("EFFECTIVE");
    }

    /** Valid approvals counted by the approval rule for the newest revision. */
    private static int approvalCount(JsonNode document) {
        int count = 0;
        for (JsonNode group : document.path("approvalProgress").path("groups")) {
            count += group.path("count").asInt();
        }
        return count;
    }
}
