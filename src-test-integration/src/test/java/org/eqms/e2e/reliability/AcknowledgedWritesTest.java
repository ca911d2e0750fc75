package org.eqms.e2e.reliability;

import org.eqms.e2e.support.E2eSandbox;
import org.eqms.e2e.support.Rest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reliability suite's read-back can fail: against the real sandbox, writes that were really made read back as
 * made, and each kind of acknowledged write that is not there (or not as acknowledged) is reported as lost.
 */
class AcknowledgedWritesTest {
    static E2eSandbox sandbox;
    static SessionClient alice;

    @BeforeAll
    static void start() {
        sandbox = E2eSandbox.start();
        alice = new SessionClient(sandbox.origin(), new LoadStats());
        alice.login("alice", sandbox.password("alice")).expectStatus(302);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void writesThatAreThereReadBackAndEveryKindThatIsNotIsReportedLost() {
        SessionClient.Answer page = alice.post("pages.create", LoadContext.PAGES + "/pages",
                Rest.object("spaceKey", "QMS", "title", "Read back", "body", "<p>kept</p>"), Set.of(201))
                .expectStatus(201);
        long pageId = page.json().path("id").asLong();
        SessionClient.Answer issue = alice.post("issues.create", IssueEditor.ISSUES + "/issues", Rest.object(
                "project", "INF", "type", "Software requirement", "summary", "Kept requirement"), Set.of(201))
                .expectStatus(201);
        String issueKey = issue.json().path("key").asText();

        AcknowledgedWrites writes = new AcknowledgedWrites();
        writes.pageVersion(pageId, 1, "Read back", "<p>kept</p>");
        writes.issueSending(issueKey, "Kept requirement");
        writes.issueSaved(issueKey, "Kept requirement");
        writes.hazardSending("LOAD-KEPT", "never sent");
        assertThat(writes.lost(readers())).isEmpty();

        writes.pageVersion(pageId, 2, "Read back", "<p>a version never saved</p>");
        writes.pageVersion(pageId, 1, "Read back", "<p>another body</p>");
        writes.document("no-such-document", pageId);
        writes.submission("no-such-document", "A");
        writes.signature("no-such-document", "no-such-signature");
        writes.effective("no-such-document", "A");
        writes.hazardSending("INF-4", "A name the server never stored");
        writes.hazardSaved("INF-4", "A name the server never stored");
        writes.issueSending(issueKey, "A summary never sent");
        writes.issueSaved(issueKey, "A summary never sent");
        writes.issueLink(999_999, issueKey, "INF-1");

        List<String> lost = writes.lost(readers());

        assertThat(lost).hasSize(9);
        assertThat(String.join("\n", lost)).contains("page " + pageId + " version 2", "page " + pageId + " version 1",
                "document no-such-document", "submission of no-such-document", "signature no-such-signature",
                "revision A of no-such-document made effective", "hazard INF-4", "issue " + issueKey,
                "issue link IssueLink[id=999999");
    }

    private static AcknowledgedWrites.Readers readers() {
        return new AcknowledgedWrites.Readers() {
            @Override
            public SessionClient author() {
                return alice;
            }

            @Override
            public Map<String, String> hazardNames() {
                return ReliabilityTest.hazardNames(alice);
            }
        };
    }
}
