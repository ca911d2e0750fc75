package org.eqms.sandbox.jira;

import com.atlassian.jira.exception.CreateException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eqms.sandbox.jira.HostedJira.ISSUES;
import static org.eqms.sandbox.jira.HostedJira.body;
import static org.eqms.sandbox.jira.HostedJira.downstream;
import static org.eqms.sandbox.jira.HostedJira.expect;

/**
 * The sandbox's Jira stand-in drives the Jira app's real trace listener: issues created, edited, linked, unlinked and
 * deleted through the sandbox's issue API reach the INF trace (matrix, gaps, suspect links) exactly as Jira's events
 * would, on HSQLDB and on PostgreSQL when EQMS_TEST_PG_URL is set.
 */
class SandboxJiraTest {
    @TempDir
    Path home;

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.eqms.sandbox.jira.HostedJira#databases")
    void theDemoItemsAreIssuesAndTheAlarmControlStartsWithItsTwoGapsOpen(HostedJira.Database database) {
        try (HostedJira jira = HostedJira.start(home, database)) {
            JsonNode control = jira.issue("INF-16");
            assertThat(control.get("id").asLong()).isEqualTo(10016);
            assertThat(control.get("type").asText()).isEqualTo("Risk control");
            assertThat(control.get("links").findValuesAsText("label")).containsExactly("mitigates");
            assertThat(jira.issue("INF-7").get("links").findValuesAsText("otherKey"))
                    .contains("INF-2", "INF-13", "INF-5");
            assertThat(jira.gaps()).contains("CONTROL_WITHOUT_IMPLEMENTATION INF-16",
                    "CONTROL_WITHOUT_EFFECTIVENESS_VERIFICATION INF-16", "UNTRACED_ITEM INF-17",
                    "UNTRACED_ITEM INF-18").noneMatch(gap -> gap.startsWith("SUSPECT_LINK"));
            JsonNode issues = expect(jira.get("erin", ISSUES + "/projects/INF/issues"), 200).get("issues");
            assertThat(issues.findValuesAsText("key")).startsWith("INF-1", "INF-2").contains("INF-18").hasSize(18);
            assertThat(jira.row("HAZARDOUS_SITUATION", "INF-5").at("/item/acceptability").asText())
                    .as("what Jira does not hold stays as the risk file set it").isEqualTo("UNACCEPTABLE");
            assertThat(jira.suspects()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.eqms.sandbox.jira.HostedJira#databases")
    void anIssueCreatedEditedLinkedUnlinkedAndDeletedThroughTheApiIsFollowedByTheTrace(HostedJira.Database database) {
        try (HostedJira jira = HostedJira.start(home, database)) {
            JsonNode created = expect(jira.post("alice", ISSUES + "/issues", body("project", "INF",
                    "type", "Software requirement", "summary", "Alarm when the battery runs low",
                    "description", "Below 10 % charge")), 201);
            String key = created.get("key").asText();
            assertThat(key).isEqualTo("INF-19");
            assertThat(created.get("traceRefusals")).isEmpty();
            assertThat(jira.row("SOFTWARE_REQUIREMENT", key).at("/item/role").asText()).isEqualTo("SOFTWARE_REQUIREMENT");
            assertThat(jira.gaps()).contains("REQUIREMENT_WITHOUT_TEST " + key, "UNTRACED_ITEM " + key);

            JsonNode link = expect(jira.post("alice", ISSUES + "/links", body("type", "Derivation", "from", "INF-1",
                    "to", key)), 201);
            assertThat(link.get("traceRefusals")).isEmpty();
            assertThat(downstream(jira.row("SYSTEM_REQUIREMENT", "INF-1"))).contains("DERIVES " + key);
            assertThat(jira.gaps()).doesNotContain("UNTRACED_ITEM " + key);

            expect(jira.put("bob", ISSUES + "/issues/" + key, body("summary", "Alarm when the battery is low")), 200);
            assertThat(jira.row("SOFTWARE_REQUIREMENT", key).at("/item/title").asText()).isEqualTo("Alarm when the battery is low");
            assertThat(jira.issue(key).get("summary").asText()).isEqualTo("Alarm when the battery is low");

            expect(jira.delete("alice", ISSUES + "/links/" + link.get("id").asText()), 200);
            assertThat(downstream(jira.row("SYSTEM_REQUIREMENT", "INF-1"))).doesNotContain("DERIVES " + key);
            assertThat(jira.issue("INF-1").get("links").findValuesAsText("otherKey")).doesNotContain(key);

            expect(jira.post("alice", ISSUES + "/links", body("type", "Derivation", "from", "INF-1", "to", key)), 201);
            expect(jira.delete("alice", ISSUES + "/issues/" + key), 200);
            assertThat(jira.row("SOFTWARE_REQUIREMENT", key).isMissingNode()).isTrue();
            assertThat(downstream(jira.row("SYSTEM_REQUIREMENT", "INF-1"))).doesNotContain("DERIVES " + key);
            expect(jira.get("erin", ISSUES + "/issues/" + key), 404);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.eqms.sandbox.jira.HostedJira#databases")
    void editingARequirementMarksTheLinksDownstreamOfItSuspect(HostedJira.Database database) {
        try (HostedJira jira = HostedJira.start(home, database)) {
            expect(jira.put("alice", ISSUES + "/issues/INF-2", body("description",
                    "The limit is now read from the drug library")), 200);

            assertThat(jira.suspects()).contains("10002 IMPLEMENTED_BY 10009", "10009 IMPLEMENTED_BY 10011");
            assertThat(jira.row("SOFTWARE_REQUIREMENT", "INF-2").get("suspect").asBoolean()).isTrue();
            assertThat(jira.gaps()).contains("SUSPECT_LINK INF-9");

            int before = jira.suspects().size();
            expect(jira.put("alice", ISSUES + "/issues/INF-2", body("description",
                    "The limit is now read from the drug library")), 200);
            assertThat(jira.suspects()).as("an edit that changes nothing marks nothing").hasSize(before);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.eqms.sandbox.jira.HostedJira#databases")
    void aLinkTheTraceRulesRefuseIsKeptInJiraAndReportedWithTheTraceUnchanged(HostedJira.Database database) {
        try (HostedJira jira = HostedJira.start(home, database)) {
            List<JsonNode> matrixBefore = jira.matrix();
            JsonNode link = expect(jira.post("alice", ISSUES + "/links", body("type", "Verification",
                    "from", "INF-4", "to", "INF-18")), 201);
            assertThat(link.get("traceRefusals")).hasSize(1);
            assertThat(link.at("/traceRefusals/0/message").asText()).contains("INF-4");
            assertThat(jira.issue("INF-4").get("links").findValuesAsText("otherKey")).contains("INF-18");
            assertThat(jira.matrix()).isEqualTo(matrixBefore);

            JsonNode task = expect(jira.post("alice", ISSUES + "/issues", body("project", "INF", "type", "Task",
                    "summary", "Order more pumps")), 201);
            JsonNode untraced = expect(jira.post("alice", ISSUES + "/links", body("type", "Implementation",
                    "from", "INF-16", "to", task.get("key").asText())), 201);
            assertThat(untraced.at("/traceRefusals/0/code").asText()).isEqualTo("not_a_trace_item");
            assertThat(jira.matrix()).isEqualTo(matrixBefore);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.eqms.sandbox.jira.HostedJira#databases")
    void aLinkMadeThroughJirasIssueLinkManagerIsFollowedByTheTraceToo(HostedJira.Database database) throws Exception {
        try (HostedJira jira = HostedJira.start(home, database)) {
            JiraSandboxApp app = (JiraSandboxApp) jira.sandbox.apps().get(0);
            app.issueLinkManager().createIssueLink(10016L, 10018L, SandboxJiraConfig.VERIFICATION.id(), null, null);

            assertThat(app.issueLinkManager().getOutwardLinks(10016L)).extracting(l -> l.getDestinationId())
                    .containsExactly(10018L);
            assertThat(app.issueLinkManager().getInwardLinks(10018L)).hasSize(1);
            assertThat(app.issueManager().getIssueObject("INF-18").getId()).isEqualTo(10018L);
            assertThat(app.issueManager().getIssueObject(10018L).getStatus().getName()).isEqualTo("Done");
            assertThat(app.issueManager().getIssueObject("INF-999")).isNull();
            assertThat(downstream(jira.row("RISK_CONTROL", "INF-16"))).contains("VERIFIED_BY INF-18");
            assertThatThrownBy(() -> app.issueLinkManager().createIssueLink(10016L, 10018L,
                    SandboxJiraConfig.VERIFICATION.id(), null, null)).isInstanceOf(CreateException.class);
        }
    }
}
