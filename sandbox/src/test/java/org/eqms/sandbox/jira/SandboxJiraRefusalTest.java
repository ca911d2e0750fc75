package org.eqms.sandbox.jira;

import com.fasterxml.jackson.databind.JsonNode;
import org.eqms.audit.ChainHead;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.eqms.sandbox.jira.HostedJira.ISSUES;
import static org.eqms.sandbox.jira.HostedJira.body;
import static org.eqms.sandbox.jira.HostedJira.expect;
import static org.eqms.sandbox.jira.HostedJira.refused;

/**
 * Every refusal of the sandbox's issue API is a 4xx JSON error saying what was wrong and what to do, and changes
 * nothing: not the issues, not their links, not the trace, not the app's audit ledger.
 */
class SandboxJiraRefusalTest {
    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.eqms.sandbox.jira.HostedJira#databases")
    void refusedCallsAnswerWithAJsonErrorAndChangeNothing(HostedJira.Database database) {
        try (HostedJira jira = HostedJira.start(home, database)) {
            JsonNode link = expect(jira.post("alice", ISSUES + "/links", body("type", "Relates", "from", "INF-17",
                    "to", "INF-18")), 201);
            String linkPath = ISSUES + "/links/" + link.get("id").asText();
            State before = State.of(jira);

            // not signed in, or a reader (erin browses INF but may not edit it)
            assertThat(jira.client.post(ISSUES + "/issues", "application/json", body("project", "INF", "type", "Task",
                    "summary", "x")).statusCode()).isEqualTo(401);
            refused(jira.post("erin", ISSUES + "/issues", body("project", "INF", "type", "Task", "summary", "x")), 403);
            refused(jira.put("erin", ISSUES + "/issues/INF-2", body("summary", "x")), 403);
            refused(jira.delete("erin", ISSUES + "/issues/INF-17"), 403);
            refused(jira.post("erin", ISSUES + "/links", body("type", "Verification", "from", "INF-16",
                    "to", "INF-18")), 403);
            refused(jira.delete("erin", linkPath), 403);
            // Atlassian REST's XSRF rule: a form post is refused before the resource
            assertThat(jira.client.post(ISSUES + "/issues", "application/x-www-form-urlencoded", "summary=x")
                    .statusCode()).isEqualTo(403);

            // bad input
            refused(jira.post("alice", ISSUES + "/issues", "{\"project\":"), 400);
            refused(jira.post("alice", ISSUES + "/issues", "[]"), 400);
            refused(jira.post("alice", ISSUES + "/issues", body("project", "INF", "type", "Task", "summary", "x",
                    "priority", "High")), 400);
            assertThat(refused(jira.post("alice", ISSUES + "/issues", body("project", "INF", "type", "Epic",
                    "summary", "x")), 400).get("hint").asText()).contains("Risk control", "Test");
            refused(jira.post("alice", ISSUES + "/issues", body("project", "INF", "type", "Task", "summary", " ")), 400);
            refused(jira.post("alice", ISSUES + "/issues", body("project", "INF", "type", "Task",
                    "summary", "x".repeat(SandboxJira.MAX_SUMMARY + 1))), 400);
            refused(jira.post("alice", ISSUES + "/issues", body("project", "INF", "type", "Task", "summary", "x",
                    "status", "Shipped")), 400);
            refused(jira.post("alice", ISSUES + "/issues", "{\"project\":\"INF\",\"type\":\"Task\",\"summary\":7}"), 400);
            refused(jira.put("alice", ISSUES + "/issues/INF-2", body("description",
                    "x".repeat(SandboxJira.MAX_DESCRIPTION + 1))), 400);
            refused(jira.put("alice", ISSUES + "/issues/INF-2", body("status", "Shipped")), 400);
            refused(jira.post("alice", ISSUES + "/links", body("type", "Blocks", "from", "INF-16", "to", "INF-18")),
                    400);
            refused(jira.post("alice", ISSUES + "/links", body("type", "Relates", "from", "INF-16", "to", "INF-16")),
                    400);
            assertThat(refused(jira.post("alice", ISSUES + "/links", body("type", "Relates", "from", "INF-17",
                    "to", "INF-18")), 409).get("error").asText()).isEqualTo("link_exists");

            // unknown things
            refused(jira.post("alice", ISSUES + "/issues", body("project", "LAB", "type", "Task", "summary", "x")), 404);
            refused(jira.get("alice", ISSUES + "/projects/LAB/issues"), 404);
            refused(jira.get("alice", ISSUES + "/issues/INF-999"), 404);
            refused(jira.put("alice", ISSUES + "/issues/INF-999", body("summary", "x")), 404);
            refused(jira.delete("alice", ISSUES + "/issues/nonsense"), 404);
            refused(jira.post("alice", ISSUES + "/links", body("type", "Relates", "from", "INF-16", "to", "INF-999")),
                    404);
            refused(jira.delete("alice", ISSUES + "/links/999999"), 404);
            refused(jira.delete("alice", ISSUES + "/links/abc"), 404);

            assertThat(State.of(jira)).isEqualTo(before);
        }
    }

    /** The issues with their links, every role's trace matrix, and the app's audit ledger head. */
    private record State(JsonNode issues, List<JsonNode> links, List<JsonNode> matrix, Optional<ChainHead> head,
                         long pending) {
        static State of(HostedJira jira) {
            JsonNode issues = expect(jira.get("erin", ISSUES + "/projects/INF/issues"), 200);
            List<JsonNode> links = new java.util.ArrayList<>();
            issues.get("issues").forEach(i -> links.add(jira.issue(i.get("key").asText()).get("links")));
            JiraSandboxApp app = (JiraSandboxApp) jira.sandbox.apps().get(0);
            return new State(issues, links, jira.matrix(), app.app().ledger().store().head(),
                    app.app().ledger().store().pendingCount());
        }
    }
}
