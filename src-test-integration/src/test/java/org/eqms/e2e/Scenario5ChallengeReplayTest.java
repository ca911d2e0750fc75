package org.eqms.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.QmsDocuments;
import org.eqms.e2e.support.Rest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scenario 5 (REST: it is what an attacker or a stale browser tab sends, not something the UI offers): a signing
 * challenge that was used is refused when replayed (while its approval counts, as already given; after an edit
 * voided it, as used), and a challenge issued for a page version that has since changed
 * is refused as stale; neither adds a signature.
 */
class Scenario5ChallengeReplayTest {
    static E2eSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = E2eSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void aUsedChallengeReplayedAndAChallengeForAStaleVersionAreRefused() {
        QmsDocuments qms = new QmsDocuments(sandbox);
        long pageId = qms.createPage("alice", "Handling customer complaints",
                "<p>Log every complaint within one working day.</p>").path("id").asLong();
        String id = qms.place("alice", pageId, "SOP").path("documentId").asText();
        qms.action("alice", id, "submit", "{}").expect(200);

        String bobs = qms.challenge("bob", id).path("challengeId").asText();
        qms.sign("bob", id, bobs, "Approved", "Reviewed", sandbox.password("bob")).expect(200);
        Rest.Reply replayed = qms.sign("bob", id, bobs, "Approved", "Reviewed", sandbox.password("bob"));
        assertThat(replayed.status()).as(replayed.toString()).isEqualTo(409);
        assertThat(replayed.json().path("error").asText()).isEqualTo("already_signed");
        assertThat(approvers(qms, id)).containsExactly("Bob Approver");
        assertThat(count(qms, id)).isEqualTo(1);

        JsonNode carols = qms.challenge("carol", id);
        assertThat(carols.path("pageVersion").asInt()).isEqualTo(1);
        qms.editPage("alice", pageId, "Handling customer complaints", "<p>Log every complaint within two hours.</p>")
                .expect(200);
        qms.action("alice", id, "submit", "{}").expect(200);
        Rest.Reply stale = qms.sign("carol", id, carols.path("challengeId").asText(), "Approved", "Reviewed",
                sandbox.password("carol"));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.json().path("error").asText()).isEqualTo("stale_version");
        assertThat(stale.json().path("hint").asText()).isNotBlank();

        // bob's approval of the old content no longer counts; his used challenge still cannot sign again.
        Rest.Reply replayedLater = qms.sign("bob", id, bobs, "Approved", "Reviewed", sandbox.password("bob"));
        assertThat(replayedLater.status()).as(replayedLater.toString()).isEqualTo(409);
        assertThat(replayedLater.json().path("error").asText()).isEqualTo("challenge_used");
        assertThat(qms.document("dave", id).path("state").asText()).isEqualTo("IN_REVIEW");
        assertThat(count(qms, id)).isZero();

        JsonNode fresh = qms.challenge("carol", id);
        assertThat(fresh.path("pageVersion").asInt()).isEqualTo(2);
        qms.sign("carol", id, fresh.path("challengeId").asText(), "Approved", "Reviewed the current version",
                sandbox.password("carol")).expect(200);
    }

    private static int count(QmsDocuments qms, String id) {
        return qms.document("dave", id).path("approvalProgress").path("groups").get(0).path("count").asInt();
    }

    private static java.util.List<String> approvers(QmsDocuments qms, String id) {
        return qms.document("dave", id).path("revisions").get(0).path("approvals").findValuesAsText("signerName");
    }
}
